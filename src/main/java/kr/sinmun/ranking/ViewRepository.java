package kr.sinmun.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.platform.KoreanDates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class ViewRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ViewRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Adds counts to the hour's rows in one transaction: per article and referrer class, and the two roll-ups the
	 * statistics read (the whole site per hour and class, each article per day in Seoul). The increment happens
	 * in SQL, so several nodes flushing into the same row add up exactly. Views of articles deleted meanwhile are
	 * dropped by the join.
	 */
	@Transactional
	void add(Instant hour, Map<ViewKey, Long> counts) {
		Timestamp at = Timestamp.from(hour);
		template.batchUpdate("""
				INSERT INTO article_views (article_id, hour, referrer, views)
				SELECT a.id, ?, ?, ? FROM articles a WHERE a.id = ?
				ON CONFLICT (article_id, hour, referrer) DO UPDATE SET views = article_views.views + EXCLUDED.views""",
				counts.entrySet()
					.stream()
					.map(entry -> new Object[] { at, entry.getKey().referrer().code(), entry.getValue(), entry.getKey().articleId() })
					.toList());
		Map<Referrer, Long> byReferrer = new EnumMap<>(Referrer.class);
		Map<Long, Long> byArticle = new HashMap<>();
		counts.forEach((key, views) -> {
			byReferrer.merge(key.referrer(), views, Long::sum);
			byArticle.merge(key.articleId(), views, Long::sum);
		});
		template.batchUpdate("""
				INSERT INTO site_views_hourly (hour, referrer, views) VALUES (?, ?, ?)
				ON CONFLICT (hour, referrer) DO UPDATE SET views = site_views_hourly.views + EXCLUDED.views""",
				byReferrer.entrySet().stream().map(entry -> new Object[] { at, entry.getKey().code(), entry.getValue() }).toList());
		LocalDate day = LocalDate.ofInstant(hour, KoreanDates.SEOUL);
		template.batchUpdate("""
				INSERT INTO article_views_daily (day, article_id, views)
				SELECT ?, a.id, ? FROM articles a WHERE a.id = ?
				ON CONFLICT (day, article_id) DO UPDATE SET views = article_views_daily.views + EXCLUDED.views""",
				byArticle.entrySet().stream().map(entry -> new Object[] { day, entry.getValue(), entry.getKey() }).toList());
	}

	/** One article's views from one class of referrer. */
	record ViewKey(long articleId, Referrer referrer) {
	}

	/** Article ids by views since {@code since}, most viewed first; ties go to the newer article. */
	List<Long> mostViewedSince(Instant since, int limit) {
		return jdbc.sql("""
				SELECT v.article_id FROM article_views v
				WHERE v.hour >= :since
				GROUP BY v.article_id
				ORDER BY sum(v.views) DESC, v.article_id DESC
				LIMIT :limit""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Article ids by views on the days from {@code from} (Seoul) on, from the daily roll-up, most viewed first. */
	List<Long> mostViewedFrom(LocalDate from, int limit) {
		return jdbc.sql("""
				SELECT d.article_id FROM article_views_daily d
				WHERE d.day >= :from
				GROUP BY d.article_id
				ORDER BY sum(d.views) DESC, d.article_id DESC
				LIMIT :limit""")
			.param("from", from)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * For each section, article ids by views on the days from {@code from} on, most viewed first, at most
	 * {@code perSection} each, in one query. The articles are joined for their section only (as
	 * {@link ReadershipRepository} does); whether a reader may see them is the article module's to say.
	 */
	Map<Integer, List<Long>> mostViewedPerSectionFrom(LocalDate from, int perSection) {
		Map<Integer, List<Long>> bySection = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				SELECT section_id, article_id FROM (
				    SELECT a.section_id, d.article_id,
				           row_number() OVER (PARTITION BY a.section_id ORDER BY sum(d.views) DESC, d.article_id DESC) AS rank
				    FROM article_views_daily d JOIN articles a ON a.id = d.article_id
				    WHERE d.day >= :from
				    GROUP BY a.section_id, d.article_id) ranked
				WHERE rank <= :perSection
				ORDER BY section_id, rank""")
			.param("from", from)
			.param("perSection", perSection)
			.query((rs, n) -> bySection.computeIfAbsent(rs.getInt("section_id"), key -> new java.util.ArrayList<>())
				.add(rs.getLong("article_id")))
			.list();
		return bySection;
	}

	long viewsOf(long articleId) {
		return jdbc.sql("SELECT coalesce(sum(views), 0) FROM article_views WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

	java.util.Map<Long, Long> viewsOf(java.util.Collection<Long> ids) {
		java.util.Map<Long, Long> views = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return views;
		}
		jdbc.sql("SELECT article_id, sum(views) AS total FROM article_views WHERE article_id IN (:ids) GROUP BY article_id")
			.param("ids", ids)
			.query((rs, n) -> views.put(rs.getLong("article_id"), rs.getLong("total")))
			.list();
		return views;
	}

}
