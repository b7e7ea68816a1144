package kr.sinmun.ads;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.WebClient;
import kr.sinmun.platform.KoreanDates;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Serving, scheduling, caps, counting and the click redirect, through the endpoints readers and automation use. */
class BannerIntegrationTests extends IntegrationTest {

	private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36";

	@Autowired
	Banners banners;

	@Autowired
	ShiftableClock clock;

	@AfterEach
	void restore() {
		clock.reset();
	}

	private long adminId() {
		return 1;
	}

	private Campaign live(String name, String slot, int weight, Integer cap, boolean house, Instant start, Instant end) {
		Campaign campaign = banners.create(new CampaignDraft("시험광고주", name, "HTML", null, null,
				"<p><a href=\"https://shop.example/sale\">" + name + "</a></p>", false, "https://shop.example/" + name.length(),
				start, end, weight, List.of(slot), List.of(), cap, house));
		banners.decide(campaign.id(), "APPROVED", adminId());
		return campaign;
	}

	private WebClient.Response fill(String slot) {
		return web().get("/ad/fill?slot=" + slot, "User-Agent", BROWSER);
	}

	@Test
	void aCampaignIsServedOnlyAfterApprovalAndLinksOnlyToItsStoredAddress() {
		Instant now = clock.instant();
		Campaign pending = banners.create(new CampaignDraft("시험광고주", "승인 전 캠페인", "HTML", null, null,
				"<p onclick=\"steal()\">가을 할인<script>alert(1)</script></p>", false, "https://shop.example/autumn",
				now.minusSeconds(60), now.plus(Duration.ofDays(1)), 5, List.of("right-middle"), List.of(), null, false));
		assertThat(pending.status()).isEqualTo("PENDING");
		assertThat(pending.html()).isEqualTo("<p>가을 할인</p>");
		assertThat(fill("right-middle").status()).isEqualTo(204);

		banners.decide(pending.id(), "APPROVED", adminId());
		WebClient.Response served = fill("right-middle");
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Cache-Control")).contains("no-store");
		JsonNode ad = served.json();
		assertThat(ad.get("label").asString()).isEqualTo("광고");
		assertThat(ad.get("html").asString()).isEqualTo("<p>가을 할인</p>");
		assertThat(ad.get("width").asInt()).isEqualTo(300);
		assertThat(ad.get("height").asInt()).isEqualTo(250);

		WebClient.Response click = web().get(ad.get("click").asString(), "User-Agent", BROWSER);
		assertThat(click.status()).isEqualTo(302);
		assertThat(click.header("Location")).isEqualTo("https://shop.example/autumn");
		for (String bad : List.of("/ad/click/987654321", "/ad/click/abc", "/ad/click/-1", "/ad/click/99999999999999999999")) {
			WebClient.Response home = web().get(bad);
			assertThat(home.status()).as(bad).isEqualTo(302);
			assertThat(home.header("Location")).as(bad).isEqualTo("/");
		}
		banners.decide(pending.id(), "STOPPED", adminId());
		assertThat(web().get("/ad/click/" + pending.id()).header("Location")).isEqualTo("/");
	}

	@Test
	void aCampaignStartsAndStopsAtItsMinute() {
		Instant start = clock.instant().plus(Duration.ofMinutes(10));
		Campaign campaign = live("예약 캠페인", "m-footer", 1, null, false, start, start.plus(Duration.ofMinutes(10)));
		assertThat(fill("m-footer").status()).isEqualTo(204);
		clock.shift(Duration.ofMinutes(10));
		assertThat(fill("m-footer").json().get("click").asString()).isEqualTo("/ad/click/" + campaign.id());
		clock.shift(Duration.ofMinutes(9).plusSeconds(59));
		assertThat(fill("m-footer").status()).isEqualTo(200);
		clock.shift(Duration.ofSeconds(1));
		assertThat(fill("m-footer").status()).isEqualTo(204);
	}

	@Test
	void theDailyCapHoldsUnderConcurrentRequestsAndTheHouseAdFillsTheRest() throws Exception {
		Instant now = clock.instant();
		Campaign capped = live("한도 캠페인", "m-article-bottom", 100, 50, false, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
		Campaign house = live("자체 광고", "m-article-bottom", 1, null, true, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
		Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < 320; i++) {
			calls.add(pool.submit(() -> {
				String click = fill("m-article-bottom").json().get("click").asString();
				shown.computeIfAbsent(click, key -> new AtomicInteger()).incrementAndGet();
			}));
		}
		for (Future<?> call : calls) {
			call.get();
		}
		pool.shutdown();
		assertThat(shown.get("/ad/click/" + capped.id()).get()).isEqualTo(50);
		assertThat(shown.get("/ad/click/" + house.id()).get()).isEqualTo(270);
		banners.flush();
		LocalDate today = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
		assertThat(banners.report(capped.id(), today, today)).singleElement()
			.satisfies(day -> assertThat(day.served()).isEqualTo(50));
	}

	@Test
	void crawlersRenderingPagesDoNotUseUpADailyCap() {
		Instant now = clock.instant();
		Campaign capped = live("크롤러 한도 캠페인", "article-bottom", 100, 3, false, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
		for (String crawler : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
				"Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)", "")) {
			for (int i = 0; i < 5; i++) {
				WebClient.Response answer = web().get("/ad/fill?slot=article-bottom", "User-Agent", crawler);
				assertThat(answer.status()).as(crawler).isEqualTo(204);
				assertThat(answer.header("Cache-Control")).contains("no-store");
			}
		}
		for (int reader = 0; reader < 3; reader++) {
			assertThat(fill("article-bottom").json().get("click").asString()).as("reader " + reader)
				.isEqualTo("/ad/click/" + capped.id());
		}
		assertThat(fill("article-bottom").status()).as("the cap, reached by readers alone").isEqualTo(204);
		banners.decide(capped.id(), "STOPPED", adminId());
	}

	@Test
	void anImpressionCountsOnceAndOnlyForReaders() {
		Instant now = clock.instant();
		Campaign campaign = live("노출 캠페인", "m-right-middle", 1, null, false, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
		String token = fill("m-right-middle").json().get("token").asString();
		assertThat(web().send("POST", "/ad/impression", token, "User-Agent", BROWSER, "Content-Type", "text/plain").status())
			.isEqualTo(204);
		assertThat(web().send("POST", "/ad/impression", token, "User-Agent", BROWSER, "Content-Type", "text/plain").status())
			.as("a replayed token").isEqualTo(400);
		assertThat(web().send("POST", "/ad/impression", token.substring(0, token.length() - 2) + "xx", "User-Agent",
				BROWSER, "Content-Type", "text/plain").status()).as("a forged token").isEqualTo(400);
		String botToken = fill("m-right-middle").json().get("token").asString();
		assertThat(web().send("POST", "/ad/impression", botToken, "User-Agent",
				"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Content-Type", "text/plain").status())
			.isEqualTo(204);
		web().get("/ad/click/" + campaign.id(), "User-Agent", BROWSER);
		web().get("/ad/click/" + campaign.id(), "User-Agent", "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)");
		banners.flush();
		LocalDate today = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
		assertThat(banners.report(campaign.id(), today, today)).singleElement().satisfies(day -> {
			assertThat(day.impressions()).isEqualTo(1);
			assertThat(day.clicks()).isEqualTo(1);
			assertThat(day.ctr()).isEqualTo("100.00%");
		});
	}

	@Test
	void theApiValidatesCampaignsInKoreanAndOnlyAdministratorsManageThem() {
		WebClient api = web();
		String admin = api.token("admin", ADMIN_PASSWORD);
		String body = """
				{"advertiser":"시험광고주","name":"API 캠페인","kind":"HTML","html":"<p>광고</p>","targetUrl":"%s",
				 "startsAt":"2026-12-01T09:00:00+09:00","endsAt":"%s","weight":3,"slots":["%s"],"sections":["economy"]}""";
		WebClient.Response script = api.send("POST", "/api/v1/banner-campaigns",
				body.formatted("javascript:alert(1)", "2026-12-31T00:00:00+09:00", "header"), "Authorization",
				"Bearer " + admin, "Content-Type", "application/json");
		assertThat(script.status()).isEqualTo(400);
		assertThat(script.body()).contains("http:// 또는 https://");
		WebClient.Response backwards = api.send("POST", "/api/v1/banner-campaigns",
				body.formatted("https://shop.example", "2026-11-01T00:00:00+09:00", "header"), "Authorization",
				"Bearer " + admin, "Content-Type", "application/json");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("끝 시각은 시작 시각보다 뒤여야 합니다");
		assertThat(api.send("POST", "/api/v1/banner-campaigns",
				body.formatted("https://shop.example", "2026-12-31T00:00:00+09:00", "nowhere"), "Authorization",
				"Bearer " + admin, "Content-Type", "application/json").body()).contains("없는 광고 자리입니다: nowhere");

		WebClient.Response created = api.send("POST", "/api/v1/banner-campaigns",
				body.formatted("https://shop.example", "2026-12-31T00:00:00+09:00", "header"), "Authorization",
				"Bearer " + admin, "Content-Type", "application/json");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(created.json().get("sections").get(0).asString()).isEqualTo("economy");
		String location = created.header("Location");
		assertThat(api.send("POST", location + "/decision", "{\"status\":\"APPROVED\"}", "Authorization",
				"Bearer " + admin, "Content-Type", "application/json").json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(api.get("/api/v1/banner-slots", "Authorization", "Bearer " + admin).json().size()).isEqualTo(14);
		assertThat(api.send("DELETE", location, null, "Authorization", "Bearer " + admin).status()).isEqualTo(204);
		assertThat(api.get(location, "Authorization", "Bearer " + admin).status()).isEqualTo(404);
	}

	@Test
	void aThirdPartyTagRunsOnlyInsideASandboxedFrame() {
		Instant now = clock.instant();
		Campaign tag = banners.create(new CampaignDraft("광고대행사", "외부 태그", "HTML", null, null,
				"<div id=\"tag\"></div><script src=\"https://ads.example/tag.js\"></script>", true, "https://ads.example",
				now.minusSeconds(60), now.plus(Duration.ofDays(1)), 1, List.of("m-home-middle"), List.of(), null, false));
		banners.decide(tag.id(), "APPROVED", adminId());
		JsonNode ad = fill("m-home-middle").json();
		assertThat(ad.has("html")).isFalse();
		WebClient.Response frame = web().get(ad.get("frame").asString());
		assertThat(frame.header("Content-Security-Policy")).startsWith("sandbox allow-scripts");
		assertThat(frame.body()).contains("<script src=\"https://ads.example/tag.js\"></script>");
	}

}
