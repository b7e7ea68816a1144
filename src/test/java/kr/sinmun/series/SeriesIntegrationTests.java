package kr.sinmun.series;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.article.Episode;
import kr.sinmun.article.EpisodeBox;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.pagecache.PageCache;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 연재 end to end: the series' rules, episode numbers, the series page and an episode's label and box, which
 * pages a change drops from the page cache, and the API's {@code series} field. Each test makes its own series
 * (a unique slug) and deletes the articles it published, so other tests' pages are as they found them.
 */
class SeriesIntegrationTests extends IntegrationTest {

	@Autowired
	SeriesCatalog catalog;

	@Autowired
	SeriesEpisodes episodes;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	PageCache cache;

	@Autowired
	Clock clock;

	private final List<Long> published = new ArrayList<>();

	@AfterEach
	void deleteWhatWasPublished() {
		published.forEach(articles::delete);
		published.clear();
	}

	private static String slug(String stem) {
		return stem + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
	}

	// Long ago, so that nothing here reaches the home page or a section's first page.
	private ArticleDetail episode(String headline, Instant at, Series series) {
		return episode(headline, at, series, "박서연");
	}

	private ArticleDetail episode(String headline, Instant at, Series series, String reporter) {
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed(reporter).orElseThrow().id(), headline, null,
				"<p>" + headline + " 편의 시험용 본문입니다. 지역 인구와 학교 이야기를 적습니다.</p>", List.of(),
				ArticleStatus.PUBLISHED, at));
		published.add(article.id());
		if (series != null) {
			episodes.place(article.id(), series.id());
		}
		return article;
	}

	private Instant daysAgo(int days) {
		return clock.instant().minus(Duration.ofDays(days));
	}

	@Test
	void numbersEpisodesByPublicationTimeAndRenumbersWhenOneIsWithdrawn() {
		Series series = catalog.save(null, slug("local"), "지방 소멸", "인구가 줄어드는 군 지역을 찾아갑니다.", true);
		// Placed out of order: the number follows the publication time, not the order of placing.
		ArticleDetail third = episode("세 번째 마을", daysAgo(40), series);
		ArticleDetail first = episode("첫 번째 마을", daysAgo(60), series);
		ArticleDetail second = episode("두 번째 마을", daysAgo(50), series);
		ArticleDetail elsewhere = episode("연재 밖 기사", daysAgo(45), null);

		List<Episode> page = episodes.episodes(series.id(), 1, 20).items();
		assertThat(page).extracting(Episode::number).containsExactly(3, 2, 1);
		assertThat(page).extracting(e -> e.article().id()).containsExactly(third.id(), second.id(), first.id());
		assertThat(episodes.box(elsewhere.id(), series.id(), 5)).isEmpty();

		EpisodeBox box = episodes.box(second.id(), series.id(), 2).orElseThrow();
		assertThat(box.number()).isEqualTo(2);
		assertThat(box.newest()).extracting(e -> e.article().id()).containsExactly(third.id(), second.id());
		EpisodeBox oldest = episodes.box(first.id(), series.id(), 2).orElseThrow();
		assertThat(oldest.number()).as("the current episode's number even when it is not among the newest").isEqualTo(1);
		assertThat(oldest.newest()).extracting(e -> e.article().id()).containsExactly(third.id(), second.id());

		articles.move(first.id(), ArticleStatus.UNPUBLISHED, null, false, first.reporterId());
		assertThat(episodes.episodes(series.id(), 1, 20).items()).extracting(Episode::number).containsExactly(2, 1);
		assertThat(episodes.box(second.id(), series.id(), 5).orElseThrow().number()).isEqualTo(1);
		assertThat(episodes.box(first.id(), series.id(), 5)).as("a withdrawn article is no episode").isEmpty();
	}

	@Test
	void refusesATakenSlugAndKnowsNothingOfHostileSlugs() {
		Series series = catalog.save(null, slug("taken"), "먼저 온 연재", "", true);
		assertThatThrownBy(() -> catalog.save(null, series.slug(), "나중 온 연재", "", true))
			.isInstanceOf(SeriesSlugTakenException.class);
		assertThat(catalog.save(series.id(), series.slug(), "이름만 바꾼 연재", "", true).name()).isEqualTo("이름만 바꾼 연재");
		assertThatThrownBy(() -> catalog.save(Integer.MAX_VALUE, slug("none"), "없는 연재", "", true))
			.isInstanceOf(SeriesNotFoundException.class);
		assertThat(catalog.bySlug("../" + series.slug())).isEmpty();
		assertThat(catalog.bySlug("x".repeat(5000))).isEmpty();
		assertThat(catalog.bySlug(null)).isEmpty();

		assertThat(SeriesFields.problems("", "Not A Slug", "가".repeat(301))).containsOnlyKeys("name", "slug", "description");
		assertThat(SeriesFields.problems("가".repeat(41), "ok-slug", "")).containsOnlyKeys("name");
		assertThat(SeriesFields.problems("이름\u0000", "-edge", "")).containsOnlyKeys("name", "slug");
		assertThat(SeriesFields.problems("지방 소멸 ③", "local-decline", "소개")).isEmpty();
	}

	@Test
	void theSeriesPageListsEpisodesNewestFirstPagedAndAnswers404ForUnknownOrEndedSeries() {
		Series series = catalog.save(null, slug("page"), "바다의 시간", "어촌 스무 곳의 기록.", true);
		for (int i = 1; i <= 22; i++) {
			episode("어촌 기록 " + i + "편", daysAgo(100 - i), series);
		}
		WebClient web = web();
		Response first = web.get(series.url());
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("<h1 class=\"section-title\">바다의 시간</h1>").contains("어촌 스무 곳의 기록.")
			.contains("모두 22회").contains("22회</span> 어촌 기록 22편").doesNotContain("어촌 기록 2편<")
			.contains("href=\"" + series.url() + "?page=2\"");
		assertThat(HtmlChecker.errors(first.body())).as("Nu HTML checker on the series page").isEmpty();
		Response second = web.get(series.url() + "?page=2");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("2회</span> 어촌 기록 2편").contains("1회</span> 어촌 기록 1편");
		assertThat(web.get(series.url() + "?page=3").status()).isEqualTo(404);
		assertThat(web.get("/series/" + slug("unknown")).status()).isEqualTo(404);
		assertThat(web.get("/series/%EC%97%B0%EC%9E%AC").status()).isEqualTo(404);

		catalog.save(series.id(), series.slug(), series.name(), series.description(), false);
		assertThat(web.get(series.url()).status()).as("an ended series has no page").isEqualTo(404);
	}

	@Test
	void anEpisodeShowsItsNumberByTheSectionLabelAndTheNewestEpisodesAtItsEnd() {
		Series series = catalog.save(null, slug("label"), "청년 일자리 <탐사>", "", true);
		List<ArticleDetail> all = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			all.add(episode("청년 일자리 " + i + "회차 기사", daysAgo(200 - i), series));
		}
		String third = web().get(all.get(2).url()).body();
		assertThat(third).contains("<a href=\"" + series.url() + "\">연재 ‹청년 일자리 &lt;탐사&gt;› 3회</a>")
			.as("the name is escaped").doesNotContain("<탐사>");
		assertThat(HtmlChecker.errors(third)).as("Nu HTML checker on an episode").isEmpty();
		// The box: the five newest, newest first, this one marked and not a link.
		Elements box = Jsoup.parse(third).select("section.series-box li");
		assertThat(box).extracting(li -> li.selectFirst(".episode-number").text()).containsExactly("7회", "6회", "5회", "4회", "3회");
		assertThat(box.get(4).select("[aria-current=page]").text()).isEqualTo("청년 일자리 3회차 기사");
		assertThat(box.get(4).select("a")).isEmpty();
		assertThat(box.get(0).select("a").attr("href")).isEqualTo(all.get(6).url());
		// 이전 회 and 다음 회: the episodes either side of this one, as links.
		Elements steps = Jsoup.parse(third).select("section.series-box nav a");
		assertThat(steps).extracting(a -> a.attr("rel") + " " + a.attr("href") + " " + a.selectFirst(".series-step").text())
			.containsExactly("prev " + all.get(1).url() + " 이전 회 · 2회", "next " + all.get(3).url() + " 다음 회 · 4회");
		assertThat(Jsoup.parse(web().get(all.get(6).url()).body()).select("section.series-box nav a"))
			.as("the newest has only a previous one").extracting(a -> a.attr("rel")).containsExactly("prev");
		Elements oldest = Jsoup.parse(web().get(all.get(0).url()).body()).select("section.series-box li");
		assertThat(Jsoup.parse(web().get(all.get(0).url()).body()).select("section.series-box nav a"))
			.as("the first has only a next one").extracting(a -> a.attr("href")).containsExactly(all.get(1).url());
		assertThat(oldest).as("the first episode's box: the five newest, none of them marked").hasSize(5);
		assertThat(oldest.select("[aria-current]")).isEmpty();
		assertThat(web().get(all.get(0).url()).body()).contains("연재 ‹청년 일자리 &lt;탐사&gt;› 1회");

		catalog.save(series.id(), series.slug(), series.name(), "", false);
		assertThat(web().get(all.get(6).url()).body()).as("an ended series shows no label or box")
			.doesNotContain("class=\"series-box\"").doesNotContain("연재 ‹");
	}

	@Test
	void publishingWithdrawingOrMovingAnEpisodeDropsTheSeriesPageAndItsEpisodesPagesOnly() {
		Series series = catalog.save(null, slug("cache"), "섬마을 학교", "", true);
		Series other = catalog.save(null, slug("cache-other"), "산골 병원", "", true);
		ArticleDetail one = episode("섬마을 학교 첫 편", daysAgo(300), series);
		// By another reporter: an article page carries its reporter's key, and that reporter's next article drops it.
		ArticleDetail elsewhere = episode("산골 병원 첫 편", daysAgo(301), other, "이도윤");
		List<String> paths = List.of(series.url(), one.url(), other.url(), elsewhere.url());
		paths.forEach(web()::get);
		assertThat(web().get(one.url()).header("Surrogate-Key")).contains("series-" + series.id());
		assertThat(web().get(series.url()).header("Surrogate-Key")).contains("series-" + series.id());
		paths.forEach(path -> assertThat(cache.contains(path)).as(path).isTrue());

		ArticleDetail two = episode("섬마을 학교 둘째 편", daysAgo(299), series);
		assertThat(cache.contains(series.url())).isFalse();
		assertThat(cache.contains(one.url())).as("the first episode's box lists the second").isFalse();
		assertThat(cache.contains(other.url())).as("another series").isTrue();
		assertThat(cache.contains(elsewhere.url())).as("another series' episode").isTrue();
		assertThat(web().get(one.url()).body()).contains("섬마을 학교 둘째 편");

		paths.forEach(web()::get);
		articles.move(two.id(), ArticleStatus.UNPUBLISHED, null, false, two.reporterId());
		assertThat(cache.contains(series.url())).isFalse();
		assertThat(cache.contains(one.url())).isFalse();
		assertThat(cache.contains(other.url())).isTrue();
		assertThat(web().get(one.url()).body()).doesNotContain("섬마을 학교 둘째 편");

		paths.forEach(web()::get);
		episodes.place(one.id(), other.id());
		paths.forEach(path -> assertThat(cache.contains(path)).as("moving an episode drops both series: " + path).isFalse());
		assertThat(web().get(other.url()).body()).contains("섬마을 학교 첫 편");

		paths.forEach(web()::get);
		catalog.save(other.id(), other.slug(), "산골 병원 이야기", "", true);
		assertThat(cache.contains(other.url())).isFalse();
		assertThat(cache.contains(elsewhere.url())).isFalse();
		assertThat(cache.contains(series.url())).as("a change to another series").isTrue();
		assertThat(web().get(elsewhere.url()).body()).contains("연재 ‹산골 병원 이야기›");
	}

	@Test
	void theApiTakesAndGivesASeriesSlugAndRefusesUnknownOrEndedOnes() {
		Series series = catalog.save(null, slug("api"), "국경의 밤", "", true);
		Series ended = catalog.save(null, slug("api-ended"), "끝난 연재", "", false);
		WebClient web = web();
		String token = web.token("admin", ADMIN_PASSWORD);
		String body = """
				{"section": "society", "headline": "국경의 밤 첫 편", "bodyHtml": "<p>국경 마을의 밤을 적은 본문.</p>",
				 "status": "PUBLISHED", "publishedAt": "2025-01-05T09:00:00+09:00", "series": "%s"}""";
		Response created = web.send("POST", "/api/v1/articles", body.formatted(series.slug()), "Authorization",
				"Bearer " + token, "Content-Type", "application/json");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		published.add(id);
		assertThat(created.json().get("series").asString()).isEqualTo(series.slug());
		assertThat(episodes.seriesOf(id)).contains(series.id());

		for (String bad : List.of(slug("nothing"), ended.slug(), "<script>", "x".repeat(41))) {
			Response refused = web.send("POST", "/api/v1/articles", body.formatted(bad), "Authorization", "Bearer " + token,
					"Content-Type", "application/json");
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.body()).as(bad).contains("연재").doesNotContain("<script>");
		}

		String withoutSeries = """
				{"section": "society", "headline": "국경의 밤 첫 편(고침)", "bodyHtml": "<p>고친 본문.</p>",
				 "status": "PUBLISHED", "publishedAt": "2025-01-05T09:00:00+09:00"}""";
		Response kept = web.send("PUT", "/api/v1/articles/" + id, withoutSeries, "Authorization", "Bearer " + token,
				"Content-Type", "application/json");
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.json().get("series").asString()).as("left out: kept").isEqualTo(series.slug());
		Response removed = web.send("PUT", "/api/v1/articles/" + id, body.formatted(""), "Authorization",
				"Bearer " + token, "Content-Type", "application/json");
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().has("series")).as("empty: taken out (a null field is left out)").isFalse();
		assertThat(episodes.seriesOf(id)).isEmpty();
	}

}
