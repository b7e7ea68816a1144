package kr.sinmun.ads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.Articles;
import kr.sinmun.pagecache.PageCache;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page has a banner slot only while some campaign can fill it there, and a cached page follows every change:
 * approval, stop, deletion, a start or end time passing, a cap reached, as it happens.
 */
class BannerSlotsIntegrationTests extends IntegrationTest {

	private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36";

	@Autowired
	Banners banners;

	@Autowired
	PageCache pageCache;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	ShiftableClock clock;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void restore() {
		clock.reset();
		created.forEach(banners::delete);
		created.clear();
	}

	// The suite shares one database: a campaign another test left running in these slots would fill them.
	private void noOtherCampaignIn(String... slots) {
		for (Campaign campaign : banners.campaigns()) {
			if (campaign.status().equals("APPROVED") && campaign.slots().stream().anyMatch(List.of(slots)::contains)) {
				banners.decide(campaign.id(), "STOPPED", 1);
			}
		}
	}

	private Campaign approved(String name, List<String> slots, List<Integer> sections, Integer cap, Instant start,
			Instant end) {
		Campaign campaign = banners.create(new CampaignDraft("시험광고주", name, "HTML", null, null, "<p>" + name + "</p>",
				false, "https://shop.example/slots", start, end, 1, slots, sections, cap, false));
		created.add(campaign.id());
		banners.decide(campaign.id(), "APPROVED", 1);
		return campaign;
	}

	private Campaign approved(String name, List<String> slots) {
		Instant now = clock.instant();
		return approved(name, slots, List.of(), null, now.minusSeconds(60), now.plus(Duration.ofDays(1)));
	}

	/** The slot's element as the page has it, or null when the page has none. */
	private String slotIn(String path, String slot) {
		String html = web().get(path).body();
		int at = html.indexOf("data-slot=\"" + slot + "\"");
		return at < 0 ? null : html.substring(html.lastIndexOf("<div", at), html.indexOf(">", at) + 1);
	}

	private String cached(String path) {
		web().get(path);
		assertThat(pageCache.contains(path)).as("%s is in the page cache", path).isTrue();
		return path;
	}

	@Test
	void aSlotIsInThePageOnlyWhileACampaignCanFillItThereAndTheCachedPageFollows() {
		noOtherCampaignIn("home-middle", "m-home-middle");
		cached("/");
		assertThat(slotIn("/", "home-middle")).as("no campaign: no slot, no reserved space").isNull();

		Campaign wide = approved("홈 가운데 넓은 화면", List.of("home-middle"));
		assertThat(pageCache.contains("/")).as("dropped when the campaign was approved").isFalse();
		assertThat(slotIn("/", "home-middle")).as("filled on wide screens only: hidden on phones")
			.isEqualTo("<div class=\"ad-slot ad-slot--wide ad-slot--wide-only\" data-slot=\"home-middle\">");

		Campaign phone = approved("홈 가운데 휴대전화", List.of("m-home-middle"));
		assertThat(slotIn("/", "home-middle")).isEqualTo("<div class=\"ad-slot ad-slot--wide\" data-slot=\"home-middle\">");

		cached("/");
		banners.decide(wide.id(), "STOPPED", 1);
		assertThat(pageCache.contains("/")).as("dropped when the campaign was stopped").isFalse();
		assertThat(slotIn("/", "home-middle"))
			.isEqualTo("<div class=\"ad-slot ad-slot--wide ad-slot--narrow-only\" data-slot=\"home-middle\">");

		cached("/");
		banners.delete(phone.id());
		assertThat(pageCache.contains("/")).as("dropped when the campaign was deleted").isFalse();
		assertThat(slotIn("/", "home-middle")).isNull();
	}

	@Test
	void aCampaignsStartAndEndTimesChangeTheCachedPagesAtThatMoment() {
		noOtherCampaignIn("right-middle", "m-right-middle");
		Instant start = clock.instant().plus(Duration.ofMinutes(10));
		approved("예약된 오른쪽 가운데", List.of("right-middle", "m-right-middle"), List.of(), null, start,
				start.plus(Duration.ofMinutes(10)));
		cached("/");
		assertThat(slotIn("/", "right-middle")).as("not started yet").isNull();

		// The page stays cached for a minute unless the start drops it: seen within seconds, it was dropped.
		clock.shift(Duration.ofMinutes(10));
		await("the slot appears when the campaign starts").atMost(Duration.ofSeconds(5))
			.until(() -> slotIn("/", "right-middle") != null);
		assertThat(slotIn("/", "right-middle")).isEqualTo("<div class=\"ad-slot ad-slot--side\" data-slot=\"right-middle\">");

		cached("/");
		clock.shift(Duration.ofMinutes(10));
		await("the slot goes when the campaign ends").atMost(Duration.ofSeconds(5))
			.until(() -> slotIn("/", "right-middle") == null);
	}

	@Test
	void aCampaignForOneSectionChangesOnlyThatSectionsPages() {
		noOtherCampaignIn("article-bottom", "m-article-bottom");
		int culture = sections.bySlug("culture").orElseThrow().id();
		String cultureArticle = cached(articles.latestInSection(culture, 1).get(0).url());
		String politicsArticle = cached(
				articles.latestInSection(sections.bySlug("politics").orElseThrow().id(), 1).get(0).url());
		cached("/");

		approved("문화면 기사 아래", List.of("article-bottom", "m-article-bottom"), List.of(culture), null,
				clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(1)));
		assertThat(pageCache.contains(cultureArticle)).as("an article of the section").isFalse();
		assertThat(pageCache.contains(politicsArticle)).as("an article of another section").isTrue();
		assertThat(pageCache.contains("/")).as("the home page has no article-bottom slot").isTrue();
		assertThat(slotIn(cultureArticle, "article-bottom"))
			.isEqualTo("<div class=\"ad-slot ad-slot--wide\" data-slot=\"article-bottom\">");
		assertThat(slotIn(politicsArticle, "article-bottom")).isNull();
	}

	@Test
	void aBookedCampaignThatReachesItsDailyCapLeavesThePage() {
		noOtherCampaignIn("right-middle", "m-right-middle");
		approved("한도 있는 오른쪽 가운데", List.of("right-middle"), List.of(), 2, clock.instant().minusSeconds(60),
				clock.instant().plus(Duration.ofDays(1)));
		assertThat(slotIn("/", "right-middle")).isNotNull();
		cached("/");
		for (int serve = 0; serve < 2; serve++) {
			assertThat(web().get("/ad/fill?slot=right-middle", "User-Agent", BROWSER).status()).isEqualTo(200);
		}
		assertThat(web().get("/ad/fill?slot=right-middle", "User-Agent", BROWSER).status()).isEqualTo(204);
		await("the slot goes once the cap is reached").atMost(Duration.ofSeconds(5))
			.until(() -> slotIn("/", "right-middle") == null);
	}

}
