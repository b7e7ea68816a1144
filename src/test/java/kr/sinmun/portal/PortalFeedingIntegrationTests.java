package kr.sinmun.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing, editing and unpublishing reach Kakao's gateway in order, and survive the gateway being down. */
class PortalFeedingIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	PortalFeed portals;

	@Autowired
	ShiftableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void restore() {
		KAKAO.down(false);
		KAKAO.loseAnswers(false);
		KAKAO.release();
		portals.afterCall = delivery -> {
		};
		clock.reset();
	}

	private ArticleDetail publish(String headline, Instant at) {
		return articles.create(new ArticleDraft(sections.bySlug("economy").orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), headline, "부제 한 줄", "<p>" + headline + " 본문입니다.</p>",
				List.of("포털"), ArticleStatus.PUBLISHED, at));
	}

	private static void await(BooleanSupplier condition, String what) {
		await(condition, Duration.ofSeconds(15), what);
	}

	private static void await(BooleanSupplier condition, Duration limit, String what) {
		Awaitility.await("기다렸지만 일어나지 않음: " + what).atMost(limit).until(condition::getAsBoolean);
	}

	// The newest delivery; before the first one is queued, a placeholder that matches no awaited state.
	private Delivery delivery(long id) {
		List<Delivery> deliveries = portals.deliveries(id);
		return deliveries.isEmpty() ? new Delivery(0, "", id, "", "NONE", 0, null, null, null, null) : deliveries.get(0);
	}

	@Test
	void publishEditAndUnpublishReachTheGatewayInOrderAsUtf8Json() {
		ArticleDetail article = publish("포털로 가는 첫 기사", null);
		await(() -> KAKAO.callsFor(article.id()).size() == 1, "생성 전송");
		FakeKakao.Call created = KAKAO.callsFor(article.id()).get(0);
		assertThat(created.method()).isEqualTo("POST");
		assertThat(created.path()).isEqualTo("/api/v1/contents");
		assertThat(created.contentType()).isEqualTo("application/json; charset=UTF-8");
		JsonNode body = JSON.readTree(created.body());
		assertThat(body.get("cp_content_id").asString()).isEqualTo(String.valueOf(article.id()));
		assertThat(body.get("title").asString()).isEqualTo("포털로 가는 첫 기사");
		assertThat(body.get("category").asString()).isEqualTo("경제");
		assertThat(body.get("reporter").asString()).isEqualTo("이도윤");
		assertThat(body.get("url").asString()).isEqualTo("http://localhost/news/" + article.id());
		assertThat(body.get("published_at").asString()).endsWith("+09:00");

		articles.update(article.id(), new ArticleDraft(article.sectionId(), article.reporterId(), "포털로 가는 첫 기사(수정)",
				null, "<p>고친 본문.</p>", List.of(), ArticleStatus.PUBLISHED, null));
		await(() -> KAKAO.callsFor(article.id()).size() == 2, "수정 전송");
		FakeKakao.Call updated = KAKAO.callsFor(article.id()).get(1);
		assertThat(updated.method()).isEqualTo("PUT");
		assertThat(updated.path()).isEqualTo("/api/v1/contents/" + article.id());
		assertThat(JSON.readTree(updated.body()).get("title").asString()).isEqualTo("포털로 가는 첫 기사(수정)");

		articles.move(article.id(), ArticleStatus.UNPUBLISHED, null, false, article.reporterId());
		await(() -> KAKAO.callsFor(article.id()).size() == 3, "삭제 전송");
		assertThat(KAKAO.callsFor(article.id()).get(2).method()).isEqualTo("DELETE");
		await(() -> delivery(article.id()).status().equals("SENT"), "삭제 완료 표시");
		assertThat(delivery(article.id()).label()).isEqualTo("삭제 전송 완료");
	}

	@Test
	void whileTheGatewayIsDownNothingIsLostAndRetriesBackOff() {
		KAKAO.down(true);
		ArticleDetail article = publish("점검 중에 출고한 기사", null);
		await(() -> delivery(article.id()).attempts() >= 1, "첫 시도");
		Delivery failed = delivery(article.id());
		assertThat(failed.status()).isEqualTo("PENDING");
		assertThat(failed.lastError()).startsWith("HTTP 503");
		assertThat(failed.label()).isEqualTo("재시도 대기(1회 실패)");
		assertThat(failed.nextAttemptAt()).isAfter(clock.instant().plusSeconds(20));
		assertThat(KAKAO.callsFor(article.id())).isEmpty();

		KAKAO.down(false);
		clock.shift(Duration.ofSeconds(31));
		await(() -> delivery(article.id()).status().equals("SENT"), "재시도 성공");
		assertThat(KAKAO.callsFor(article.id())).extracting(FakeKakao.Call::method).containsExactly("POST");
	}

	@Test
	void theDeskCanResendAtOnceWithoutWaitingForTheBackoff() {
		ArticleDetail article = publish("다시 보낼 기사", null);
		await(() -> delivery(article.id()).status().equals("SENT"), "첫 전송");
		KAKAO.down(true);
		articles.update(article.id(), new ArticleDraft(article.sectionId(), article.reporterId(), "다시 보낼 기사(정정)",
				null, "<p>정정한 본문.</p>", List.of(), ArticleStatus.PUBLISHED, null));
		await(() -> delivery(article.id()).attempts() >= 1 && delivery(article.id()).status().equals("PENDING"), "실패");
		KAKAO.down(false);
		portals.resend(article.id());
		await(() -> delivery(article.id()).status().equals("SENT"), "수동 재전송");
		assertThat(KAKAO.callsFor(article.id())).last()
			.satisfies(call -> assertThat(JSON.readTree(call.body()).get("title").asString()).isEqualTo("다시 보낼 기사(정정)"));
	}

	@Test
	void aScheduledArticleReachesThePortalOnlyWhenItsTimeComes() {
		ArticleDetail article = publish("예약된 포털 기사", clock.instant().plus(Duration.ofHours(1)));
		// 1.5 s is three of the sender's 500 ms passes (IntegrationTest); a call before its time fails at once.
		Awaitility.await("예약 시각 전에는 보내지 않음").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
			.until(() -> KAKAO.callsFor(article.id()).isEmpty());
		clock.shift(Duration.ofMinutes(61));
		await(() -> !KAKAO.callsFor(article.id()).isEmpty(), "예약 시각 전송");
		assertThat(KAKAO.callsFor(article.id()).get(0).method()).isEqualTo("POST");
	}

	@Test
	void aSlowPortalNeitherDelaysAScheduledArticleNorHoldsALockWhileItWaits() throws InterruptedException {
		String headline = "느린 포털 옆의 예약 기사";
		publish(headline, clock.instant().plus(Duration.ofHours(1)));
		KAKAO.slow();
		ArticleDetail waiting = publish("느린 포털로 가는 기사", null);
		// The home page as readers have it cached, before the scheduled time.
		assertThat(web().get("/").body()).contains("느린 포털로 가는 기사").doesNotContain(headline);
		assertThat(KAKAO.awaitHeldRequest(10)).as("포털에 요청이 도착함").isTrue();

		// While the portal holds the call, no transaction holds the row being sent.
		List<Long> free = transactions.execute(status -> jdbc
			.sql("SELECT id FROM portal_outbox WHERE article_id = :id FOR UPDATE NOWAIT")
			.param("id", waiting.id())
			.query(Long.class)
			.list());
		assertThat(free).isNotEmpty();

		// The scheduled article comes due while the sender waits (up to its 20 s timeout); it must not wait with it.
		clock.shift(Duration.ofMinutes(61));
		long start = System.nanoTime();
		await(() -> web().get("/").body().contains(headline), Duration.ofSeconds(6), "예약 기사가 첫 화면에 나옴");
		System.out.printf("느린 포털 옆의 예약 기사: %d ms 만에 첫 화면에%n", (System.nanoTime() - start) / 1_000_000);
		KAKAO.release();
		await(() -> delivery(waiting.id()).status().equals("SENT"), "느린 포털 전송 완료");
	}

	@Test
	void aLostAnswerToACreationIsRetriedAsAnUpdateNotASecondCreation() {
		KAKAO.loseAnswers(true);
		ArticleDetail article = publish("답을 잃은 포털 기사", null);
		await(() -> delivery(article.id()).attempts() >= 1, "첫 시도(답 없음)");
		assertThat(delivery(article.id()).lastError()).startsWith("연결 실패");
		assertThat(KAKAO.contentsFor(article.id())).isEqualTo(1);

		KAKAO.loseAnswers(false);
		clock.shift(Duration.ofSeconds(31));
		await(() -> delivery(article.id()).status().equals("SENT"), "재시도 성공");
		assertThat(KAKAO.contentsFor(article.id())).as("포털에 보이는 기사 수").isEqualTo(1);
		assertThat(KAKAO.callsFor(article.id())).extracting(FakeKakao.Call::method).containsExactly("POST", "PUT");
	}

	/** What a node's death looks like to the sender: it stops between the portal's answer and its own record. */
	static final class SenderDied extends Error {

		SenderDied() {
			super("전송 노드가 죽은 것으로 침");
		}

	}

	@Test
	void aSenderThatDiesAfterThePortalCreatedTheArticleCausesNoSecondCreation() {
		long newest = jdbc.sql("SELECT coalesce(max(id), 0) FROM articles").query(Long.class).single();
		AtomicBoolean died = new AtomicBoolean();
		portals.afterCall = delivery -> {
			if (delivery.articleId() > newest && died.compareAndSet(false, true)) {
				throw new SenderDied();
			}
		};
		ArticleDetail article = publish("전송 중 노드가 죽은 기사", null);
		await(died::get, "포털이 기사를 만든 뒤 전송 노드가 죽음");
		assertThat(KAKAO.contentsFor(article.id())).isEqualTo(1);

		// The dead sender's claim runs out; any sender then takes the row over.
		clock.shift(Duration.ofMinutes(2));
		await(() -> delivery(article.id()).status().equals("SENT"), "다른 전송이 이어받아 완료");
		assertThat(KAKAO.contentsFor(article.id())).as("포털에 보이는 기사 수").isEqualTo(1);
		assertThat(KAKAO.callsFor(article.id())).extracting(FakeKakao.Call::method).containsExactly("POST", "PUT");
	}

	@Test
	void announcingAnUnchangedArticleAgainSendsNothingMore() {
		ArticleDetail article = publish("다시 알려도 그대로인 기사", null);
		await(() -> delivery(article.id()).status().equals("SENT"), "첫 전송");
		// What every node's scheduled-publication check, and every restart, announces again.
		transactions.executeWithoutResult(status -> events.publishEvent(new ArticlePublished(article.id(), article.sectionId())));
		events.publishEvent(new ArticlePublished(article.id(), article.sectionId()));
		await(() -> jdbc.sql("SELECT count(*) FROM portal_outbox WHERE article_id = :id AND status = 'PENDING'")
			.param("id", article.id()).query(Long.class).single() == 0, "대기 중인 전송 없음");

		// A real edit afterwards goes out behind anything queued before it.
		articles.update(article.id(), new ArticleDraft(article.sectionId(), article.reporterId(), "다시 알려도 그대로인 기사(수정)",
				null, "<p>고친 본문.</p>", List.of(), ArticleStatus.PUBLISHED, null));
		await(() -> KAKAO.callsFor(article.id()).stream().anyMatch(call -> call.body().contains("(수정)"))
				&& delivery(article.id()).status().equals("SENT"), "수정 전송");
		assertThat(KAKAO.callsFor(article.id())).extracting(FakeKakao.Call::method).containsExactly("POST", "PUT");
		assertThat(jdbc.sql("SELECT count(*) FROM portal_outbox WHERE article_id = :id").param("id", article.id())
			.query(Long.class).single()).as("큐에 쌓인 전송").isEqualTo(2);
	}

}
