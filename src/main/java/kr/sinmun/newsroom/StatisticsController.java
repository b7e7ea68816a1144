package kr.sinmun.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.Articles;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Readership;
import kr.sinmun.ranking.Referrer;
import kr.sinmun.search.SearchMisses;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import kr.sinmun.newsroom.StatisticsModels.Chart;
import kr.sinmun.newsroom.StatisticsModels.Column;
import kr.sinmun.newsroom.StatisticsModels.Point;

/**
 * 통계: how the paper is read, for the desk and administrators, and one article's reading for whoever may see the
 * article. Figures come from {@link Readership} (roll-ups in PostgreSQL); every day is a day in Asia/Seoul.
 */
@Controller
class StatisticsController {

	static final int TOP = 20;

	static final int MISSES = 30;

	/** The hours after publication an article's chart shows: its first week, when nearly all its reading happens. */
	static final Duration ARTICLE_SPAN = Duration.ofDays(7);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M.d(E)", Locale.KOREAN);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("M.d HH시", Locale.KOREAN).withZone(KoreanDates.SEOUL);

	private final Readership readership;

	private final SearchMisses misses;

	private final Articles articles;

	private final Sections sections;

	private final NewsroomPages pages;

	private final ChartAssets charts;

	private final Clock clock;

	StatisticsController(Readership readership, SearchMisses misses, Articles articles, Sections sections,
			NewsroomPages pages, ChartAssets charts, Clock clock) {
		this.charts = charts;
		this.readership = readership;
		this.misses = misses;
		this.articles = articles;
		this.sections = sections;
		this.pages = pages;
		this.clock = clock;
	}

	/** The periods offered: the key in the address, its label, and how many days back from today it reaches. */
	enum Period {

		TODAY("today", "오늘", 0), WEEK("7d", "최근 7일", 6), MONTH("30d", "최근 30일", 29);

		final String key;

		final String label;

		final int daysBack;

		Period(String key, String label, int daysBack) {
			this.key = key;
			this.label = label;
			this.daysBack = daysBack;
		}

		static Period of(String key) {
			if (key == null || key.isBlank()) {
				return TODAY;
			}
			for (Period period : values()) {
				if (period.key.equals(key.strip())) {
					return period;
				}
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"기간은 오늘, 최근 7일, 최근 30일 가운데 하나로 고르십시오. 받은 값: ‘" + shorten(key) + "’");
		}

	}

	@GetMapping("/newsroom/statistics")
	String overview(Staff staff, CsrfToken csrf, @RequestParam(required = false) String period,
			@RequestParam(required = false) String section, Model model) {
		Permissions.requireDesk(staff);
		Period chosen = Period.of(period);
		Section inSection = section(section);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, KoreanDates.SEOUL);
		LocalDate from = today.minusDays(chosen.daysBack);

		List<StatisticsModels.Option> periods = new ArrayList<>();
		for (Period each : Period.values()) {
			periods.add(new StatisticsModels.Option(each.key, each.label, each == chosen));
		}
		List<StatisticsModels.Option> sectionOptions = new ArrayList<>();
		sectionOptions.add(new StatisticsModels.Option("", "전체 섹션", inSection == null));
		for (Section each : sections.all()) {
			sectionOptions.add(new StatisticsModels.Option(String.valueOf(each.id()), each.name(),
					inSection != null && inSection.id() == each.id()));
		}

		List<Readership.ArticleReads> top = readership.topArticles(from, today, inSection == null ? null : inSection.id(), TOP);
		List<Readership.Tally> reporters = readership.byReporter(from, today);
		List<Readership.Tally> bySection = readership.bySection(from, today);
		Map<Long, String> names = pages.namesOf(collect(top, reporters));

		model.addAttribute("page", new StatisticsModels.OverviewPage(pages.chrome(staff, csrf, "statistics"), charts.files(), chosen.label,
				inSection == null ? "전체 섹션" : inSection.name(), periods, sectionOptions, hourly(today, now),
				referrers(readership.referrers(from, today), chosen.label + " 유입 경로별 조회", "referrers"),
				top(top, names, chosen.label, inSection), tallies("reporters", "기자", reporters, names, chosen.label),
				tallies("sections", "섹션", bySection, sectionNames(), chosen.label), misses(from), KoreanDates.stamp(now)));
		return "newsroom/statistics";
	}

	@GetMapping("/newsroom/statistics/articles/{id}")
	String article(Staff staff, CsrfToken csrf, @PathVariable long id, Model model) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		Permissions.requireView(articles, staff, article);
		Instant now = clock.instant();
		String headline = article.headline().isBlank() ? "(제목 없음)" : article.headline();
		String editUrl = "/newsroom/articles/" + id;
		if (article.publishedAt() == null || article.publishedAt().isAfter(now)) {
			Chart none = new Chart("article-hours", "time", "시간대별 조회", "시각", List.of(new Column("조회", true)), List.of(),
					"아직 출고되지 않아 조회 기록이 없습니다.", false);
			model.addAttribute("page", new StatisticsModels.ArticlePage(pages.chrome(staff, csrf, "statistics"), charts.files(), id, headline,
					"출고 전", "0", editUrl, none, referrers(Map.of(), "유입 경로별 조회", "article-referrers"),
					"출고 뒤부터 조회를 셉니다."));
			return "newsroom/articlestatistics";
		}
		Instant first = article.publishedAt().truncatedTo(ChronoUnit.HOURS);
		Instant end = min(now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)), first.plus(ARTICLE_SPAN));
		Map<Instant, Long> perHour = new java.util.TreeMap<>();
		Map<Referrer, Long> perReferrer = new EnumMap<>(Referrer.class);
		for (Readership.HourViews row : readership.articleHours(id, first, end)) {
			perHour.merge(row.hour(), row.views(), Long::sum);
			perReferrer.merge(row.referrer(), row.views(), Long::sum);
		}
		List<Point> points = new ArrayList<>();
		for (Instant hour = first; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
			points.add(new Point(HOUR.format(hour), hour.getEpochSecond(), List.of(perHour.getOrDefault(hour, 0L)), null));
		}
		Chart hours = new Chart("article-hours", "time", "출고 뒤 시간대별 조회 (첫 7일, 한국 시각)", "시각",
				List.of(new Column("조회", true)), points, "아직 조회가 없습니다.", false);
		model.addAttribute("page", new StatisticsModels.ArticlePage(pages.chrome(staff, csrf, "statistics"), charts.files(), id, headline,
				KoreanDates.stamp(article.publishedAt()), String.format("%,d", readership.articleTotal(id)), editUrl, hours,
				referrers(perReferrer, "첫 7일 유입 경로별 조회", "article-referrers"), null));
		return "newsroom/articlestatistics";
	}

	private Section section(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return sections.byId(Integer.parseInt(value.strip()))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 섹션이 없습니다. 섹션 목록에서 고르십시오."));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"섹션을 알아볼 수 없습니다. 섹션 목록에서 고르십시오. 받은 값: ‘" + shorten(value) + "’");
		}
	}

	private Chart hourly(LocalDate today, Instant now) {
		LocalDate lastWeek = today.minusWeeks(1);
		long[] todays = readership.hourly(today);
		long[] yesterdays = readership.hourly(today.minusDays(1));
		long[] lastWeeks = readership.hourly(lastWeek);
		int currentHour = ZonedDateTime.ofInstant(now, KoreanDates.SEOUL).getHour();
		List<Point> points = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			List<Long> values = new ArrayList<>(3);
			values.add(hour <= currentHour ? todays[hour] : null);
			values.add(yesterdays[hour]);
			values.add(lastWeeks[hour]);
			points.add(new Point(String.format("%02d시", hour), hour, values, null));
		}
		String weekday = lastWeek.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.KOREAN);
		return new Chart("hourly", "line", "시간대별 조회: 오늘 " + today.format(DAY) + ", 어제, 지난주 " + weekday, "시각",
				List.of(new Column("오늘", true), new Column("어제", true), new Column("지난주 " + weekday, true)), points, null, false);
	}

	private static Chart referrers(Map<Referrer, Long> counts, String caption, String id) {
		List<Point> points = new ArrayList<>();
		for (Referrer referrer : Referrer.values()) {
			points.add(new Point(referrer.label(), referrer.ordinal(), List.of(counts.getOrDefault(referrer, 0L)), null));
		}
		return new Chart(id, "bar", caption, "유입 경로", List.of(new Column("조회", true)), points, null, false);
	}

	private Chart top(List<Readership.ArticleReads> top, Map<Long, String> names, String periodLabel, Section section) {
		List<Point> points = new ArrayList<>();
		for (Readership.ArticleReads reads : top) {
			String headline = reads.headline().isBlank() ? "(제목 없음)" : reads.headline();
			String sectionName = sections.byId(reads.sectionId()).map(Section::name).orElse("-");
			String label = headline + " (" + sectionName + " · " + names.getOrDefault(reads.reporterId(), "-") + ")";
			points.add(new Point(label, points.size(), List.of(reads.views()), "/newsroom/statistics/articles/" + reads.articleId()));
		}
		return new Chart("top", "rank", periodLabel + " 많이 본 기사" + (section == null ? "" : " (" + section.name() + ")"), "기사",
				List.of(new Column("조회", true)), points, "이 기간에 읽힌 기사가 없습니다.", true);
	}

	private static Chart tallies(String id, String header, List<Readership.Tally> tallies, Map<Long, String> names,
			String periodLabel) {
		List<Point> points = new ArrayList<>();
		for (Readership.Tally tally : tallies) {
			points.add(new Point(names.getOrDefault(tally.id(), "-"), points.size(), List.of(tally.published(), tally.views()), null));
		}
		return new Chart(id, "bar", periodLabel + " " + header + "별 출고 기사와 조회", header,
				List.of(new Column("출고 기사", false), new Column("조회", true)), points, "이 기간에 출고하거나 읽힌 기사가 없습니다.", true);
	}

	private List<StatisticsModels.Miss> misses(LocalDate from) {
		return misses.since(from, MISSES)
			.stream()
			.map(miss -> new StatisticsModels.Miss(miss.term(), miss.searches(), miss.lastDay().format(DAY),
					"/newsroom/synonyms?words=" + URLEncoder.encode(miss.term(), StandardCharsets.UTF_8)))
			.toList();
	}

	private Map<Long, String> sectionNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		for (Section section : sections.all()) {
			names.put((long) section.id(), section.name());
		}
		return names;
	}

	private static Collection<Long> collect(List<Readership.ArticleReads> top, List<Readership.Tally> reporters) {
		List<Long> ids = new ArrayList<>();
		top.forEach(reads -> ids.add(reads.reporterId()));
		reporters.forEach(tally -> ids.add(tally.id()));
		return ids;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static String shorten(String value) {
		String stripped = value.strip();
		return stripped.length() > 20 ? stripped.substring(0, 20) + "…" : stripped;
	}

}
