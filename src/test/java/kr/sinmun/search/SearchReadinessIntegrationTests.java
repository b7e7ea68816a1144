package kr.sinmun.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.cluster.ClusterNodes;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose search index has not yet been compared with the database is out of rotation: its readiness is
 * DOWN (a load balancer sends it no reader) while its liveness stays UP (nothing restarts it), and it comes
 * back only once its index holds what the database holds. The comparison is held back for certain by locking
 * the articles table it reads, as a slow or busy database would.
 */
@Tag("cluster")
class SearchReadinessIntegrationTests extends IntegrationTest {

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	DataSource pool;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void readinessIsDownUntilTheSearchIndexMatchesTheDatabaseWhileLivenessStaysUp() throws Exception {
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "물빛다리 보수공사 이달 시작", null,
				"<p>구청은 물빛다리 보수공사를 이달 시작한다고 밝혔다.</p>", List.of("시험"), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(60)));
		nodeB = ClusterNodes.start(pool, KAKAO.url());
		SearchIndexer indexerB = nodeB.getBean(SearchIndexer.class);
		WebClient b = ClusterNodes.web(nodeB);
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(indexerB::reconciled);
		assertThat(b.get("/actuator/health/readiness").status()).isEqualTo(200);

		// Node B's index goes down; meanwhile the headline changes without B hearing of it (a missed change).
		indexerB.stop();
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE articles SET headline = '별빛다리 보수공사 다음 달로 연기', updated_at = now() "
					+ "WHERE id = " + article.id());
		}

		try (Connection lock = pool.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement statement = lock.prepareStatement("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")) {
				statement.execute();
			}
			indexerB.start();
			Awaitility.await("비교가 끝나지 않은 동안")
				.during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> b.get("/actuator/health/readiness").status() == 503
						&& b.get("/actuator/health/liveness").status() == 200);
			assertThat(b.get("/actuator/health/readiness").body()).contains("DOWN");
			lock.rollback();
		}

		Awaitility.await("비교가 끝난 뒤").atMost(Duration.ofSeconds(30))
			.until(() -> b.get("/actuator/health/readiness").status() == 200);
		assertThat(nodeB.getBean(Search.class).search(new SearchQuery("별빛다리", null, null, null, null, 1, 10)).hits())
			.extracting(SearchHit::headline)
			.containsExactly("별빛다리 보수공사 다음 달로 연기");
	}

}
