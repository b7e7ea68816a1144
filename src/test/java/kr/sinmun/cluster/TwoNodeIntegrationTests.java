package kr.sinmun.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.SinmunApplication;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.portal.FakeKakao;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Sinmun nodes on one PostgreSQL: this test's application is node A, and a second application started
 * here, with its own data directory, page cache and search index, is node B.
 */
class TwoNodeIntegrationTests extends IntegrationTest {

	private static final String READER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36";

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Ranking ranking;

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	private ConfigurableApplicationContext startNodeB() throws Exception {
		Path data = Files.createTempDirectory("sinmun-node-b");
		HikariDataSource dataSource = pool.unwrap(HikariDataSource.class);
		// Command-line arguments, so they outrank application.yml as a deployment's settings would.
		return new SpringApplicationBuilder(SinmunApplication.class).run("--server.port=0",
				"--sinmun.db.url=" + dataSource.getJdbcUrl(), "--sinmun.db.user=" + dataSource.getUsername(),
				"--sinmun.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
				"--sinmun.data-dir=" + data, "--sinmun.demo=false", "--sinmun.site.base-url=http://localhost",
				"--sinmun.portal.kakao.url=" + KAKAO.url(), "--sinmun.portal.kakao.id=sinmun-test",
				"--sinmun.portal.kakao.key=test-kakao-key", "--sinmun.portal.interval=500ms");
	}

	private static WebClient web(ConfigurableApplicationContext node) {
		return new WebClient("http://localhost:" + node.getEnvironment().getProperty("local.server.port"));
	}

	/** Waits for the condition and answers how many milliseconds it took. */
	private static long await(BooleanSupplier condition, Duration limit, String what) {
		long start = System.nanoTime();
		Awaitility.await("시간 안에 일어나지 않음: " + what).atMost(limit).pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(20))
			.until(condition::getAsBoolean);
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	private ArticleDetail publish(String headline, Instant at) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), headline, null, "<p>" + headline + " 본문입니다.</p>",
				List.of(), ArticleStatus.PUBLISHED, at));
	}

	@Test
	void nodesFollowEachOtherCountTogetherAndCatchUpAfterARestart() throws Exception {
		nodeB = startNodeB();
		WebClient b = web(nodeB);
		// Node B has the home and section pages in its cache before the publish on node A.
		assertThat(b.get("/").status()).isEqualTo(200);
		assertThat(b.get("/section/society").body()).doesNotContain("노드 A에서 출고한 기사");
		assertThat(b.get("/").body()).doesNotContain("노드 A에서 출고한 기사");

		ArticleDetail article = publish("노드 A에서 출고한 기사", null);
		long millis = await(() -> b.get("/").body().contains("노드 A에서 출고한 기사")
				&& b.get("/section/society").body().contains("노드 A에서 출고한 기사"), Duration.ofSeconds(1),
				"노드 B가 새 기사를 보여 줌");
		assertThat(millis).isLessThan(1000);
		assertThat(b.get("/news/" + article.id()).status()).isEqualTo(200);
		await(() -> b.get("/api/v1/search?q=" + java.net.URLEncoder.encode("노드", java.nio.charset.StandardCharsets.UTF_8))
			.body()
			.contains("\"id\":" + article.id()), Duration.ofSeconds(5), "노드 B의 검색 색인");

		// Views sent to both nodes add up exactly.
		for (int i = 0; i < 3; i++) {
			web().get("/news/" + article.id(), "User-Agent", READER + " a" + i);
			b.get("/news/" + article.id(), "User-Agent", READER + " b" + i);
		}
		ranking.flush();
		nodeB.getBean(Ranking.class).flush();
		assertThat(ranking.storedViews(article.id())).isEqualTo(6);

		// A scheduled article is sent to the portal once, although both nodes run the sender.
		ArticleDetail scheduled = publish("두 노드의 예약 기사", Instant.now().plusSeconds(2));
		await(() -> b.get("/news/" + scheduled.id()).status() == 200 && web().get("/news/" + scheduled.id()).status() == 200,
				Duration.ofSeconds(6), "예약 기사 공개");
		await(() -> !KAKAO.callsFor(scheduled.id()).isEmpty(), Duration.ofSeconds(10), "포털 전송");
		// Four passes of either node's sender (every 500 ms): a second POST from the other node fails at once.
		Awaitility.await("포털에 한 번만 보냄").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
			.until(() -> KAKAO.callsFor(scheduled.id()).stream().filter(call -> call.method().equals("POST")).count(),
					posts -> posts == 1);

		// Node B stops; an article is published meanwhile; B starts again and shows it, search included.
		nodeB.close();
		ArticleDetail meanwhile = publish("노드 B가 꺼진 동안 나온 기사", null);
		nodeB = startNodeB();
		WebClient restarted = web(nodeB);
		assertThat(restarted.get("/").body()).contains("노드 B가 꺼진 동안 나온 기사");
		await(() -> restarted.get("/api/v1/search?q=" + java.net.URLEncoder.encode("꺼진", java.nio.charset.StandardCharsets.UTF_8))
			.body()
			.contains("\"id\":" + meanwhile.id()), Duration.ofSeconds(10), "재시작한 노드의 검색 색인");
	}

}
