package kr.sinmun.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.SinmunApplication;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three nodes on one PostgreSQL, each running the portal sender and each announcing scheduled articles when
 * their time comes: every scheduled article reaches the portal exactly once, as one creation.
 */
class ScheduledDeliveryAcrossNodesIntegrationTests extends IntegrationTest {

	private static final int ARTICLES = 6;

	private static final List<ConfigurableApplicationContext> others = new ArrayList<>();

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ShiftableClock clock;

	@AfterAll
	static void stopOtherNodes() {
		others.forEach(ConfigurableApplicationContext::close);
		others.clear();
	}

	private ConfigurableApplicationContext startNode(String name) throws Exception {
		Path data = Files.createTempDirectory("sinmun-node-" + name);
		HikariDataSource dataSource = pool.unwrap(HikariDataSource.class);
		ConfigurableApplicationContext node = new SpringApplicationBuilder(SinmunApplication.class).run("--server.port=0",
				"--sinmun.db.url=" + dataSource.getJdbcUrl(), "--sinmun.db.user=" + dataSource.getUsername(),
				"--sinmun.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
				"--sinmun.data-dir=" + data, "--sinmun.demo=false", "--sinmun.site.base-url=http://localhost",
				"--sinmun.portal.kakao.url=" + KAKAO.url(), "--sinmun.portal.kakao.id=sinmun-test",
				"--sinmun.portal.kakao.key=test-kakao-key", "--sinmun.portal.interval=500ms");
		others.add(node);
		return node;
	}

	private static WebClient web(ConfigurableApplicationContext node) {
		return new WebClient("http://localhost:" + node.getEnvironment().getProperty("local.server.port"));
	}

	private long rows(long articleId) {
		return jdbc.sql("SELECT count(*) FROM portal_outbox WHERE article_id = :id").param("id", articleId)
			.query(Long.class).single();
	}

	private long sent(long articleId) {
		return jdbc.sql("SELECT count(*) FROM portal_outbox WHERE article_id = :id AND status = 'SENT'")
			.param("id", articleId).query(Long.class).single();
	}

	@Test
	void everyScheduledArticleReachesThePortalOnceAsOneCreation() throws Exception {
		clock.reset();
		List<WebClient> nodes = List.of(web(), web(startNode("b")), web(startNode("c")));
		List<Articles> writers = List.of(articles, others.get(0).getBean(Articles.class), others.get(1).getBean(Articles.class));

		// A first render on a cold node can take seconds on a busy machine: not while the clock runs.
		nodes.forEach(node -> node.get("/"));
		// All come due at the same second, written through all three nodes.
		Instant due = Instant.now().plusSeconds(10);
		List<ArticleDetail> scheduled = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			scheduled.add(writers.get(i % 3).create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
					people.reporterNamed("박서연").orElseThrow().id(), "세 노드의 예약 기사 " + (i + 1), null,
					"<p>예약 기사 본문 " + (i + 1) + ".</p>", List.of(), ArticleStatus.PUBLISHED, due)));
		}
		// Each node's home page is cached without them: only the node's own announcement changes it.
		for (WebClient node : nodes) {
			assertThat(node.get("/").body()).doesNotContain("세 노드의 예약 기사");
		}
		assertThat(Instant.now()).isBefore(due);

		// Every node has announced every article once its home page shows it.
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			for (WebClient node : nodes) {
				String home = node.get("/").body();
				for (ArticleDetail article : scheduled) {
					assertThat(home).contains(article.headline());
				}
			}
		});
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> scheduled.stream().allMatch(article -> sent(article.id()) >= 1));

		// Three announcements per article (one per node) and three senders: one row, one call, one copy.
		// The announcements were all made before the home pages changed; the window below only gives a
		// stray late call the chance to show.
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			for (ArticleDetail article : scheduled) {
				assertThat(rows(article.id())).as("기사 %d의 전송 행", article.id()).isEqualTo(1);
				assertThat(KAKAO.callsFor(article.id())).extracting(FakeKakao.Call::method)
					.as("기사 %d의 포털 호출", article.id())
					.containsExactly("POST");
				assertThat(KAKAO.contentsFor(article.id())).as("포털의 기사 %d 사본", article.id()).isEqualTo(1);
			}
		});
	}

}
