package kr.sinmun.newsroom;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.ranking.Referrer;
import kr.sinmun.ranking.ViewHistory;
import kr.sinmun.search.SearchMisses;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 통계 against views the test places itself, with known counts per hour and referrer class, across an hour
 * (yesterday 22시 → 23시) and a day (23시 → today 00시 in Seoul, which is still yesterday in UTC) boundary. The
 * site-wide figures are read as differences, since other tests read articles too; an article's own are exact.
 */
class StatisticsIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	Ranking ranking;

	@Autowired
	SearchMisses misses;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void people() {
		NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession desk() {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	/** A chart's table as the page gives it: each row's label and the numbers in its cells ("" for none). */
	static Map<String, List<String>> table(Document page, String chart) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (Element row : page.select("#" + chart + "-data table tbody tr")) {
			List<String> values = new ArrayList<>();
			row.select("td").forEach(cell -> values.add(cell.attr("data-value")));
			rows.put(row.selectFirst("th").text(), values);
		}
		return rows;
	}

	private static long number(Map<String, List<String>> table, String row, int column) {
		List<String> values = table.get(row);
		if (values == null || values.get(column).isEmpty()) {
			return 0;
		}
		return Long.parseLong(values.get(column));
	}

	private static long delta(Map<String, List<String>> before, Map<String, List<String>> after, String row, int column) {
		return number(after, row, column) - number(before, row, column);
	}

	private static String rowOf(Map<String, List<String>> table, String headline) {
		return table.keySet().stream().filter(label -> label.startsWith(headline)).findFirst().orElse(null);
	}

	@Test
	void figuresMatchTheViewsPlacedAcrossAnHourAndADayBoundaryInSeoul() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, KoreanDates.SEOUL);
		Instant midnight = today.atStartOfDay(KoreanDates.SEOUL).toInstant();
		Instant yesterday22 = midnight.minus(Duration.ofHours(2));
		Instant yesterday23 = midnight.minus(Duration.ofHours(1));
		// 23시 on the same weekday last week: the last hour of the day the hourly chart compares today with.
		Instant lastWeek23 = midnight.minus(Duration.ofDays(7)).plus(Duration.ofHours(23));
		String weekday = today.minusWeeks(1).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.KOREAN);
		long reporterA = NewsroomFixtures.user(people, "st-reporter-a", "통계가기자", Role.REPORTER);
		long reporterB = NewsroomFixtures.user(people, "st-reporter-b", "통계나기자", Role.REPORTER);
		NewsroomSession desk = desk();
		ranking.flush();
		Document before = Jsoup.parse(desk.get("/newsroom/statistics").body());
		Document beforeWeek = Jsoup.parse(desk.get("/newsroom/statistics?period=7d").body());

		ArticleDetail a = NewsroomFixtures.published(articles, sections, reporterA, "economy", "통계 시험 가: 밤사이 읽힌 경제 기사",
				yesterday22.minus(Duration.ofMinutes(30)));
		ArticleDetail b = NewsroomFixtures.published(articles, sections, reporterB, "society", "통계 시험 나: 자정에 나간 사회 기사",
				midnight);
		ArticleDetail c = NewsroomFixtures.published(articles, sections, reporterA, "economy", "통계 시험 다: 열흘 전 경제 기사",
				midnight.minus(Duration.ofDays(10)));
		try (ViewHistory views = new ViewHistory(context)) {
			views.add(yesterday22, a.id(), Referrer.PORTAL, 2)
				.add(yesterday22, a.id(), Referrer.SEARCH, 1)
				.add(yesterday23, a.id(), Referrer.DIRECT, 5)
				.add(midnight, a.id(), Referrer.SNS, 3)
				.add(midnight, a.id(), Referrer.PORTAL, 4)
				.add(midnight, b.id(), Referrer.INTERNAL, 2)
				.add(lastWeek23, c.id(), Referrer.OTHER, 4);

			HttpResponse<String> response = desk.get("/newsroom/statistics");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(HtmlChecker.errors(response.body())).isEmpty();
			Document after = Jsoup.parse(response.body());
			assertThat(after.select("nav a[href='/newsroom/statistics']").attr("aria-current")).isEqualTo("page");

			// Views per hour: today, yesterday and the same weekday last week, as columns of one table.
			Map<String, List<String>> hoursBefore = table(before, "hourly");
			Map<String, List<String>> hours = table(after, "hourly");
			assertThat(hours).hasSize(24);
			assertThat(after.select("#hourly-data th[scope=col]").eachText()).containsExactly("시각", "오늘", "어제", "지난주 " + weekday);
			assertThat(delta(hoursBefore, hours, "00시", 0)).isEqualTo(9);
			assertThat(delta(hoursBefore, hours, "22시", 1)).isEqualTo(3);
			assertThat(delta(hoursBefore, hours, "23시", 1)).isEqualTo(5);
			assertThat(delta(hoursBefore, hours, "23시", 2)).isEqualTo(4);
			assertThat(delta(hoursBefore, hours, "23시", 0)).isZero();
			int currentHour = ZonedDateTime.ofInstant(now, KoreanDates.SEOUL).getHour();
			if (currentHour < 23) {
				assertThat(hours.get("23시").get(0)).as("hours of today still to come have no figure").isEmpty();
			}

			// Referrer classes today: only the midnight views (today in Seoul); in 7 days, yesterday's too.
			Map<String, List<String>> referrers = table(after, "referrers");
			assertThat(referrers.keySet()).containsExactly("직접", "사이트 안", "포털", "검색", "SNS", "기타");
			assertThat(delta(table(before, "referrers"), referrers, "포털", 0)).isEqualTo(4);
			assertThat(delta(table(before, "referrers"), referrers, "SNS", 0)).isEqualTo(3);
			assertThat(delta(table(before, "referrers"), referrers, "사이트 안", 0)).isEqualTo(2);
			assertThat(delta(table(before, "referrers"), referrers, "직접", 0)).isZero();
			Document week = Jsoup.parse(desk.get("/newsroom/statistics?period=7d").body());
			Map<String, List<String>> weekReferrers = table(week, "referrers");
			Map<String, List<String>> weekBefore = table(beforeWeek, "referrers");
			assertThat(delta(weekBefore, weekReferrers, "포털", 0)).isEqualTo(6);
			assertThat(delta(weekBefore, weekReferrers, "검색", 0)).isEqualTo(1);
			assertThat(delta(weekBefore, weekReferrers, "직접", 0)).isEqualTo(5);
			assertThat(delta(weekBefore, weekReferrers, "기타", 0)).as("last week is outside 7 days").isZero();

			// Top articles: the day in Seoul decides which views are today's.
			Map<String, List<String>> top = table(after, "top");
			assertThat(number(top, rowOf(top, "통계 시험 가"), 0)).isEqualTo(7);
			assertThat(number(top, rowOf(top, "통계 시험 나"), 0)).isEqualTo(2);
			assertThat(rowOf(top, "통계 시험 다")).isNull();
			assertThat(rowOf(top, "통계 시험 가")).contains("경제", "통계가기자");
			assertThat(after.select("#top-data a").eachAttr("href")).contains("/newsroom/statistics/articles/" + a.id());
			Map<String, List<String>> topWeek = table(week, "top");
			assertThat(number(topWeek, rowOf(topWeek, "통계 시험 가"), 0)).isEqualTo(15);
			Document month = Jsoup.parse(desk.get("/newsroom/statistics?period=30d&section="
					+ sections.bySlug("economy").orElseThrow().id()).body());
			Map<String, List<String>> topMonth = table(month, "top");
			assertThat(number(topMonth, rowOf(topMonth, "통계 시험 가"), 0)).isEqualTo(15);
			assertThat(number(topMonth, rowOf(topMonth, "통계 시험 다"), 0)).isEqualTo(4);
			assertThat(rowOf(topMonth, "통계 시험 나")).as("a society article is not among economy's").isNull();

			// Reporters: articles published in the period, and views of their articles in it.
			Map<String, List<String>> reporters = table(after, "reporters");
			assertThat(reporters.get("통계가기자")).containsExactly("0", "7");
			assertThat(reporters.get("통계나기자")).containsExactly("1", "2");
			Map<String, List<String>> reportersMonth = table(month, "reporters");
			assertThat(reportersMonth.get("통계가기자")).containsExactly("2", "19");
			assertThat(table(after, "sections").keySet()).contains("경제", "사회");

			// One article: views by hour since publication, and where they came from.
			HttpResponse<String> articleResponse = desk.get("/newsroom/statistics/articles/" + a.id());
			assertThat(articleResponse.statusCode()).isEqualTo(200);
			assertThat(HtmlChecker.errors(articleResponse.body())).isEmpty();
			Document articlePage = Jsoup.parse(articleResponse.body());
			Map<String, List<String>> articleHours = table(articlePage, "article-hours");
			List<String> labels = new ArrayList<>(articleHours.keySet());
			String day = "%d.%d ".formatted(today.minusDays(1).getMonthValue(), today.minusDays(1).getDayOfMonth());
			String todayLabel = "%d.%d ".formatted(today.getMonthValue(), today.getDayOfMonth());
			assertThat(labels.subList(0, 4)).containsExactly(day + "21시", day + "22시", day + "23시", todayLabel + "00시");
			assertThat(articleHours.values().stream().limit(4).map(values -> values.get(0)).toList())
				.containsExactly("0", "3", "5", "7");
			assertThat(articleHours.values().stream().mapToLong(values -> Long.parseLong(values.get(0))).sum()).isEqualTo(15);
			assertThat(articlePage.selectFirst("#article-total").text()).isEqualTo("15");
			Map<String, List<String>> articleReferrers = table(articlePage, "article-referrers");
			assertThat(articleReferrers.values().stream().map(values -> values.get(0)).toList())
				.containsExactly("5", "0", "6", "1", "3", "0");
		}
		finally {
			for (ArticleDetail article : List.of(a, b, c)) {
				articles.delete(article.id());
			}
		}
	}

	@Test
	void aReadersViewIsCountedUnderTheClassOfItsReferrerAndNothingElseOfIt() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.published(articles, sections, reporter, "society",
				"통계 시험 라: 어디서 왔는지 세는 기사", clock.instant().minus(Duration.ofMinutes(5)));
		try {
			String browser = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36 reader/";
			String path = "/news/" + article.id();
			web().get(path, "User-Agent", browser + 1, "Referer", "https://m.search.naver.com/search.naver?query=%ED%86%B5%EA%B3%84");
			web().get(path, "User-Agent", browser + 2, "Referer", "https://n.news.naver.com/mnews/article/001/0000000001");
			web().get(path, "User-Agent", browser + 3);
			web().get(path, "User-Agent", browser + 4, "Referer", "http://localhost:" + port + "/");
			web().get(path, "User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
					"Referer", "https://www.google.com/");
			ranking.flush();

			Document page = Jsoup.parse(desk().get("/newsroom/statistics/articles/" + article.id()).body());
			Map<String, List<String>> referrers = table(page, "article-referrers");
			assertThat(referrers.values().stream().map(values -> values.get(0)).toList())
				.as("직접, 사이트 안, 포털, 검색, SNS, 기타")
				.containsExactly("1", "1", "1", "1", "0", "0");
			assertThat(jdbc.queryForList("SELECT DISTINCT referrer FROM article_views WHERE article_id = ?", Integer.class,
					article.id())).containsExactlyInAnyOrder(0, 1, 2, 3);
		}
		finally {
			articles.delete(article.id());
		}
	}

	@Test
	void searchesThatFoundNothingAreCountedNormalisedAndLinkedToTheSynonymDictionary() {
		String term = "퀘뷁뛟똠 xqzvkw";
		String[] reader = { "User-Agent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36" };
		try {
			web().get("/search?q=" + URLEncoder.encode("  퀘뷁뛟똠   XQZVKW ", StandardCharsets.UTF_8), reader);
			web().get("/search?q=" + URLEncoder.encode("퀘뷁뛟똠 xqzvkw", StandardCharsets.UTF_8), reader);
			web().get("/search?q=" + URLEncoder.encode("ＱＺＶＫＷ뛟똠", StandardCharsets.UTF_8), reader);
			// Narrowed to a section, or on a later page, it is not a miss of the whole archive.
			web().get("/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8) + "&section=economy", reader);
			// Crawlers are not readers.
			web().get("/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8), "User-Agent",
					"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
			misses.flush();

			NewsroomSession desk = desk();
			Document page = Jsoup.parse(desk.get("/newsroom/statistics").body());
			Element row = page.select("#misses tbody tr")
				.stream()
				.filter(tr -> tr.selectFirst("td").text().equals(term))
				.findFirst()
				.orElseThrow();
			assertThat(row.select("td").get(1).text()).isEqualTo("2");
			assertThat(page.select("#misses tbody td:first-child").eachText()).contains("qzvkw뛟똠");
			String link = row.selectFirst("a").attr("href");
			assertThat(link).isEqualTo("/newsroom/synonyms?words=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
			HttpResponse<String> synonyms = desk.get(link);
			assertThat(Jsoup.parse(synonyms.body()).selectFirst("#words").val()).isEqualTo(term);
		}
		finally {
			jdbc.update("DELETE FROM search_misses WHERE term IN (?, ?)", term, "qzvkw뛟똠");
		}
	}

	@Test
	void badPeriodsSectionsAndArticlesAnswerInKorean() {
		NewsroomSession desk = desk();
		HttpResponse<String> period = desk.get("/newsroom/statistics?period=forever");
		assertThat(period.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(period.body()).text()).contains("기간은 오늘, 최근 7일, 최근 30일 가운데 하나로 고르십시오", "forever");
		HttpResponse<String> word = desk.get("/newsroom/statistics?section=economy");
		assertThat(word.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(word.body()).text()).contains("섹션을 알아볼 수 없습니다");
		HttpResponse<String> missing = desk.get("/newsroom/statistics?section=987654");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(missing.body()).text()).contains("그런 섹션이 없습니다");
		HttpResponse<String> article = desk.get("/newsroom/statistics/articles/987654321");
		assertThat(article.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(article.body()).text()).contains("기사");
		assertThat(desk.get("/newsroom/statistics/articles/abc").statusCode()).isEqualTo(404);

		NewsroomSession reporter = new NewsroomSession(port);
		reporter.login(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		HttpResponse<String> forbidden = reporter.get("/newsroom/statistics");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(forbidden.body()).text()).contains("데스크만");
	}

}
