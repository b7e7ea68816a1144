package kr.sinmun.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ViewRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ViewRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Adds counts to the hour's rows in one batch. The increment happens in SQL, so several nodes flushing
	 * into the same row add up exactly. Views of articles deleted meanwhile are dropped by the join.
	 */
	void add(Instant hour, Map<Long, Long> counts) {
		List<Object[]> rows = counts.entrySet()
			.stream()
			.map(entry -> new Object[] { entry.getKey(), Timestamp.from(hour), entry.getValue() })
			.toList();
		template.batchUpdate("""
				INSERT INTO article_views (article_id, hour, views)
				SELECT a.id, ?, ? FROM articles a WHERE a.id = ?
				ON CONFLICT (article_id, hour) DO UPDATE SET views = article_views.views + EXCLUDED.views""",
				rows.stream().map(row -> new Object[] { row[1], row[2], row[0] }).toList());
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
