package kr.sinmun.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled publication with three nodes, all running the schedule check: each article appears on every node,
 * is announced once for the installation (one change entry) and goes to the portal once, and a node that
 * restarts announces nothing again.
 */
@Tag("cluster")
class ScheduledPublicationIntegrationTests extends IntegrationTest {

	private static final List<ConfigurableApplicationContext> others = new ArrayList<>();

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@AfterAll
	static void stopNodes() {
		others.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void eachScheduledArticleAppearsEverywhereAndIsAnnouncedOnce() {
		others.add(ClusterNodes.start(pool, KAKAO.url()));
		others.add(ClusterNodes.start(pool, KAKAO.url()));
		List<WebClient> nodes = List.of(web(), ClusterNodes.web(others.get(0)), ClusterNodes.web(others.get(1)));

		Instant due = Instant.now().plusSeconds(4);
		List<ArticleDetail> scheduled = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			scheduled.add(schedule("세 노드 예약 기사 " + i + "호", due));
		}
		for (ArticleDetail article : scheduled) {
			Awaitility.await("모든 노드에 예약 기사 " + article.id())
				.atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> nodes.stream().allMatch(node -> node.get("/").body().contains(article.headline())
						&& node.get("/news/" + article.id()).status() == 200));
		}
		// Saved once (its portal delivery queued then, due at its time), announced once when the time came.
		for (ArticleDetail article : scheduled) {
			assertThat(entries(article.id())).as("기사 %d의 변경 항목", article.id())
				.isEqualTo(Map.of("article.published", 1L, "article.appeared", 1L));
			assertThat(jdbc.sql("SELECT count(*) FROM portal_outbox WHERE article_id = :id")
				.param("id", article.id())
				.query(Long.class)
				.single()).isEqualTo(1);
			Awaitility.await("포털 전송 " + article.id())
				.atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("SELECT status FROM portal_outbox WHERE article_id = :id")
					.param("id", article.id())
					.query(String.class)
					.single()
					.equals("SENT"));
			assertThat(KAKAO.callsFor(article.id())).singleElement()
				.satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
		}

		// A node restarts: it announces nothing already announced. Another article comes due after it is up,
		// so its schedule check has run by the time that one has been announced.
		others.remove(0).close();
		others.add(ClusterNodes.start(pool, KAKAO.url()));
		ArticleDetail later = schedule("재시작 뒤 예약 기사", Instant.now().plusSeconds(3));
		Awaitility.await("재시작 뒤 예약 기사 알림")
			.atMost(Duration.ofSeconds(20))
			.until(() -> entries(later.id()).containsKey("article.appeared"));
		for (ArticleDetail article : scheduled) {
			assertThat(entries(article.id())).isEqualTo(Map.of("article.published", 1L, "article.appeared", 1L));
			assertThat(KAKAO.callsFor(article.id())).hasSize(1);
		}
	}

	private Map<String, Long> entries(long articleId) {
		return jdbc.sql("SELECT event FROM change_log WHERE (payload ->> 'articleId')::bigint = :id")
			.param("id", articleId)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(event -> event, Collectors.counting()));
	}

	private ArticleDetail schedule(String headline, Instant at) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), headline, null, "<p>" + headline + " 본문입니다.</p>",
				List.of(), ArticleStatus.PUBLISHED, at));
	}

}
