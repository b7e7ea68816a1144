package kr.sinmun.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 속보 bar with three nodes: marked on one, it is on every node's pages at once, cached ones included; when
 * its time comes it leaves every node's pages, and the end is announced once for the installation.
 */
@Tag("cluster")
class BreakingNewsAcrossNodesIntegrationTests extends IntegrationTest {

	private static final List<ConfigurableApplicationContext> others = new ArrayList<>();

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Articles articles;

	@Autowired
	BreakingNews breaking;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@AfterAll
	static void stopNodes() {
		others.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void theBarComesAndGoesOnEveryNodeAndItsEndIsAnnouncedOnce() {
		others.add(ClusterNodes.start(pool, KAKAO.url()));
		others.add(ClusterNodes.start(pool, KAKAO.url()));
		List<WebClient> nodes = List.of(web(), ClusterNodes.web(others.get(0)), ClusterNodes.web(others.get(1)));
		ArticleDetail story = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "세 노드 속보: 한빛항 여객선 결항", null,
				"<p>세 노드 속보 시험 본문입니다.</p>", List.of(), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60)));
		try {
			// Every node caches its pages without a bar first.
			nodes.forEach(node -> assertThat(node.get("/section/society").body()).doesNotContain("class=\"breaking\""));
			breaking.mark(story.id(), Instant.now().plusSeconds(15), people.userId("admin").orElseThrow());
			Awaitility.await("모든 노드에 속보 줄")
				.atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> nodes.stream().allMatch(node -> node.get("/section/society").body().contains("class=\"breaking\"")));
			Awaitility.await("모든 노드에서 속보 줄이 빠짐")
				.atMost(Duration.ofSeconds(45))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> nodes.stream().noneMatch(node -> node.get("/section/society").body().contains("class=\"breaking\"")));
			// One entry for the mark, one for the end, whichever node claimed it.
			assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE event = 'article.breaking' AND (payload ->> 'articleId')::bigint = :id")
				.param("id", story.id())
				.query(Long.class)
				.single()).isEqualTo(2);
		}
		finally {
			breaking.unmark(story.id());
			articles.delete(story.id());
		}
	}

}
