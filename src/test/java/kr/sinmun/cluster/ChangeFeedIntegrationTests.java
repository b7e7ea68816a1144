package kr.sinmun.cluster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed between this test's node (A) and a second node (B) when transactions commit in another
 * order than they wrote their change entries.
 */
class ChangeFeedIntegrationTests extends IntegrationTest {

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
	TransactionTemplate transactions;

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void everyNodeAppliesBothChangesWhenTransactionsCommitInTheOtherOrder() throws Exception {
		ArticleDetail first = publish("순서 시험 첫째 기사");
		ArticleDetail second = publish("순서 시험 둘째 기사");
		nodeB = ClusterNodes.start(pool, KAKAO.url());
		WebClient b = ClusterNodes.web(nodeB);
		// Node B has both pages in its cache before the edits.
		assertThat(b.get("/news/" + first.id()).body()).contains("순서 시험 첫째 기사");
		assertThat(b.get("/news/" + second.id()).body()).contains("순서 시험 둘째 기사");

		// Transaction 1 edits the first article and writes its change entry, then waits before committing.
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Thread slow = new Thread(() -> transactions.executeWithoutResult(status -> {
			articles.update(first.id(), draft("늦게 확정된 첫째 기사 사과문"));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					written.countDown();
					await(commit);
				}
			});
		}));
		slow.start();
		assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
		// Transaction 2 writes its entry after transaction 1 but commits first.
		articles.update(second.id(), draft("먼저 확정된 둘째 기사 해명"));
		// Node B reads the feed while transaction 1 is still open.
		catchUp(nodeB);
		commit.countDown();
		slow.join(10_000);

		Awaitility.await("노드 B가 두 변경을 모두 반영")
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> {
				assertThat(b.get("/news/" + first.id()).body()).contains("늦게 확정된 첫째 기사 사과문");
				assertThat(b.get("/news/" + second.id()).body()).contains("먼저 확정된 둘째 기사 해명");
				assertThat(search(b, "사과문")).contains("\"id\":" + first.id());
				assertThat(search(b, "해명")).contains("\"id\":" + second.id());
			});
	}

	private static void catchUp(ConfigurableApplicationContext node) {
		node.getBean(ChangeFeed.class).catchUp();
	}

	private static String search(WebClient node, String words) {
		return node.get("/api/v1/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private ArticleDetail publish(String headline) {
		return articles.create(draft(headline));
	}

	private ArticleDraft draft(String headline) {
		return new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), headline, null, "<p>" + headline + " 본문입니다.</p>",
				List.of(), ArticleStatus.PUBLISHED, null);
	}

}
