package kr.sinmun.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import kr.sinmun.platform.KoreanDates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Benchmark (not a test): a year of a paper's reading in PostgreSQL, then each statistics chart's query timed.
 * Run by {@code bench/statistics.sh}; the figures go in docs/benchmarks.md.
 * <p>
 * The year: {@code articles} articles (default 100,000) published evenly over 365 days by 60 reporters in 8
 * sections; each is read in the {@code hours} hours after publication (default 24), from two referrer classes
 * an hour, with heavy-tailed totals (a few articles read a hundred times more than most), and on five later
 * days of the year (the long tail of old articles found by search). The roll-ups are filled from those rows as
 * the flush fills them; search misses: 200 terms a day.
 */
public final class StatisticsBenchmark {

	private StatisticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int hours = args.length > 1 ? Integer.parseInt(args[1]) : 24;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		Path data = Files.createTempDirectory("sinmun-statistics-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("work_mem", "16MB")
			.start()) {
			// One connection kept open, as the application's pool keeps them: a new connection per query would be
			// most of what is measured.
			DataSource source = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
			Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(source);
			long started = System.nanoTime();
			fill(jdbc, articles, hours);
			System.out.printf("filled in %.0f s: %s%n", (System.nanoTime() - started) / 1e9, sizes(jdbc));
			jdbc.execute("VACUUM ANALYZE");
			measure(new Readership(new ReadershipRepository(JdbcClient.create(source))), JdbcClient.create(source), articles,
					rounds);
		}
	}

	static void fill(JdbcTemplate jdbc, int articles, int hours) {
		jdbc.update("""
				INSERT INTO users (username, password_hash, display_name, role)
				SELECT 'bench-' || r, 'x', '벤치기자' || r, 'REPORTER' FROM generate_series(1, 60) r""");
		// Published evenly over the last 365 days, the newest an hour ago.
		jdbc.update("""
				INSERT INTO articles (section_id, reporter_id, headline, body_html, teaser, status, published_at)
				SELECT (SELECT id FROM sections ORDER BY id LIMIT 1 OFFSET (i % 8)),
				       (SELECT min(id) FROM users WHERE username LIKE 'bench-%') + (i % 60),
				       '벤치 기사 ' || i, '<p>본문</p>', '본문', 'PUBLISHED',
				       date_trunc('hour', now()) - interval '1 hour' - (interval '365 days' * (? - i) / ?)
				FROM generate_series(1, ?) i""", articles, articles, articles);
		// Each article's first hours: a heavy-tailed total (most read a few hundred times, some tens of thousands)
		// falling off by the hour, from two referrer classes an hour.
		jdbc.update("""
				INSERT INTO article_views (article_id, hour, referrer, views)
				SELECT a.id, date_trunc('hour', a.published_at) + h * interval '1 hour', (a.id + h + k) % 6,
				       greatest(1, (a.weight * power(0.85, h))::bigint)
				FROM (SELECT id, published_at, (200 / power(random() + 0.01, 0.8))::bigint AS weight FROM articles) a,
				     generate_series(0, ? - 1) h, generate_series(0, 1) k
				WHERE date_trunc('hour', a.published_at) + h * interval '1 hour' < now()""", hours);
		jdbc.update("""
				INSERT INTO article_views_daily (day, article_id, views)
				SELECT (hour AT TIME ZONE 'Asia/Seoul')::date, article_id, sum(views) FROM article_views GROUP BY 1, 2""");
		// The long tail: five later days of the year on which an old article is read a little.
		jdbc.update("""
				INSERT INTO article_views_daily (day, article_id, views)
				SELECT DISTINCT ON (day, id) day, id, 1 + (random() * 20)::int
				FROM (SELECT a.id, ((a.published_at AT TIME ZONE 'Asia/Seoul')::date + 2 + (random() * 360)::int) AS day
				      FROM articles a, generate_series(1, 5)) tail
				WHERE day <= (now() AT TIME ZONE 'Asia/Seoul')::date
				ON CONFLICT (day, article_id) DO UPDATE SET views = article_views_daily.views + EXCLUDED.views""");
		jdbc.update("""
				INSERT INTO site_views_hourly (hour, referrer, views)
				SELECT hour, referrer, sum(views) FROM article_views GROUP BY hour, referrer""");
		jdbc.update("""
				INSERT INTO search_misses (day, term, searches)
				SELECT (now() AT TIME ZONE 'Asia/Seoul')::date - d, '검색어' || t, 1 + (random() * 30)::int
				FROM generate_series(0, 364) d, generate_series(1, 200) t""");
	}

	private static String sizes(JdbcTemplate jdbc) {
		List<String> sizes = new ArrayList<>();
		for (String table : List.of("articles", "article_views", "article_views_daily", "site_views_hourly", "search_misses")) {
			sizes.add(table + " " + String.format("%,d", jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)) + " rows");
		}
		return String.join(", ", sizes);
	}

	static void measure(Readership readership, JdbcClient jdbc, int articles, int rounds) {
		LocalDate today = LocalDate.now(KoreanDates.SEOUL);
		Random random = new Random(20261205);
		List<Long> ids = jdbc.sql("SELECT id FROM articles ORDER BY id").query(Long.class).list();
		Integer section = jdbc.sql("SELECT id FROM sections ORDER BY id LIMIT 1").query(Integer.class).single();
		Map<String, Supplier<Object>> charts = new LinkedHashMap<>();
		charts.put("시간대별 조회 (오늘·어제·지난주, 3 queries)", () -> List.of(readership.hourly(today),
				readership.hourly(today.minusDays(1)), readership.hourly(today.minusWeeks(1))));
		for (int back : new int[] { 0, 6, 29 }) {
			String period = back == 0 ? "오늘" : (back + 1) + "일";
			charts.put("유입 경로, " + period, () -> readership.referrers(today.minusDays(back), today));
			charts.put("많이 본 기사, " + period, () -> readership.topArticles(today.minusDays(back), today, null, 20));
			charts.put("많이 본 기사, " + period + ", 한 섹션", () -> readership.topArticles(today.minusDays(back), today, section, 20));
			charts.put("기자별, " + period, () -> readership.byReporter(today.minusDays(back), today));
			charts.put("섹션별, " + period, () -> readership.bySection(today.minusDays(back), today));
		}
		charts.put("결과 없는 검색어, 30일", () -> jdbc.sql("""
				SELECT term, sum(searches) AS searches, max(day) AS last_day FROM search_misses
				WHERE day >= :from GROUP BY term ORDER BY searches DESC, last_day DESC, term LIMIT 30""")
			.param("from", today.minusDays(29))
			.query()
			.listOfRows());
		charts.put("기사 하나, 출고 뒤 7일 시간대별", () -> {
			long id = ids.get(random.nextInt(ids.size()));
			Instant from = Instant.now().minusSeconds(365L * 86400);
			return readership.articleHours(id, from, Instant.now());
		});
		System.out.printf("%d articles; each query %d times after 3 warm-up runs; median / max in ms%n", articles, rounds);
		for (Map.Entry<String, Supplier<Object>> chart : charts.entrySet()) {
			for (int i = 0; i < 3; i++) {
				chart.getValue().get();
			}
			double[] times = new double[rounds];
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				chart.getValue().get();
				times[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(times);
			System.out.printf("| %s | %.1f | %.1f |%n", chart.getKey(), times[rounds / 2], times[rounds - 1]);
		}
	}

}
