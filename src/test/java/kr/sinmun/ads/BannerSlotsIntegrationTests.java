package kr.sinmun.ads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.pagecache.PageCache;
import kr.sinmun.people.People;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A page has a banner slot only while some campaign can fill it there, and a cached page follows every change:
 * approval, stop, deletion, a start or end time passing, a cap reached, as it happens. A campaign for a parent
 * section fills its sub-sections' pages too, one for a sub-section only that sub-section's.
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

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Long> created = new ArrayList<>();

	private final List<Long> publishedHere = new ArrayList<>();

	private final List<Integer> sectionsHere = new ArrayList<>();

	@AfterEach
	void restore() {
		clock.reset();
		created.forEach(banners::delete);
		created.clear();
		publishedHere.forEach(articles::delete);
		publishedHere.clear();
		if (!sectionsHere.isEmpty()) {
			jdbc.sql("DELETE FROM sections WHERE id IN (:ids)").param("ids", sectionsHere).update();
			sectionsHere.clear();
			events.publishEvent(new SectionsChanged());
		}
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
	void aParentSectionsCampaignFillsItsSubSectionsPagesAndASubSectionsOnlyItsOwn() {
		noOtherCampaignIn("right-top", "m-right-top");
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section sub = subSection("t-ad-sub-" + tag, "시험부동산" + tag, economy);
		Section sibling = subSection("t-ad-sib-" + tag, "시험보험" + tag, economy);
		ArticleDetail subArticle = articles.create(new ArticleDraft(sub.id(), people.reporterNamed("박서연").orElseThrow().id(),
				"하위 섹션 배너 시험 " + tag, null, "<p>하위 섹션 배너 시험 본문입니다.</p>", List.of(), ArticleStatus.PUBLISHED,
				clock.instant().minusSeconds(60)));
		publishedHere.add(subArticle.id());
		String subPage = cached(sub.url());
		String subArticlePage = cached(subArticle.url());
		String siblingPage = cached(sibling.url());
		String politicsPage = cached("/section/politics");

		Campaign parentCampaign = approved("경제면 오른쪽 위", List.of("right-top", "m-right-top"), List.of(economy.id()), null,
				clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(1)));
		assertThat(pageCache.contains(subPage)).as("the sub-section's page").isFalse();
		assertThat(pageCache.contains(subArticlePage)).as("an article of the sub-section").isFalse();
		assertThat(pageCache.contains(politicsPage)).as("another section's page").isTrue();
		assertThat(slotIn(subPage, "right-top")).isEqualTo("<div class=\"ad-slot ad-slot--side\" data-slot=\"right-top\">");
		assertThat(slotIn(subArticlePage, "right-top")).isNotNull();
		assertThat(slotIn("/section/economy", "right-top")).isNotNull();
		assertThat(slotIn(politicsPage, "right-top")).isNull();
		assertThat(fill("right-top", sub.slug())).isEqualTo(parentCampaign.id());
		assertThat(fill("right-top", "politics")).isNull();

		Campaign subCampaign = approved("부동산면 오른쪽 위", List.of("right-top", "m-right-top"), List.of(sub.id()), null,
				clock.instant().minusSeconds(60), clock.instant().plus(Duration.ofDays(1)));
		banners.decide(parentCampaign.id(), "STOPPED", 1);
		assertThat(slotIn(subPage, "right-top")).as("the sub-section's own campaign").isNotNull();
		assertThat(slotIn(siblingPage, "right-top")).as("another sub-section of the same parent").isNull();
		assertThat(slotIn("/section/economy", "right-top")).as("the parent").isNull();
		assertThat(fill("right-top", sub.slug())).isEqualTo(subCampaign.id());
		assertThat(fill("right-top", sibling.slug())).isNull();
		assertThat(fill("right-top", "economy")).isNull();

		// A sub-section moved out from under 경제 leaves 경제's campaign behind, at once and in the cached page.
		banners.decide(parentCampaign.id(), "APPROVED", 1);
		assertThat(slotIn(siblingPage, "right-top")).isNotNull();
		cached(siblingPage);
		sections.save(sibling.id(), sibling.slug(), sibling.name(), sibling.position(), true, null);
		assertThat(pageCache.contains(siblingPage)).isFalse();
		assertThat(slotIn(siblingPage, "right-top")).isNull();
		assertThat(fill("right-top", sibling.slug())).isNull();
	}

	private Section subSection(String slug, String name, Section parent) {
		Section section = sections.save(null, slug, name, 980, true, parent.id());
		sectionsHere.add(0, section.id());
		return section;
	}

	/** The campaign /ad/fill serves in the slot on a page of the section, or null when the slot stays empty. */
	private Long fill(String slot, String section) {
		WebClient.Response response = web().get("/ad/fill?slot=" + slot + "&section=" + section, "User-Agent", BROWSER);
		if (response.status() == 204) {
			return null;
		}
		assertThat(response.status()).isEqualTo(200);
		String click = response.json().get("click").asString();
		return Long.valueOf(click.substring(click.lastIndexOf('/') + 1));
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
