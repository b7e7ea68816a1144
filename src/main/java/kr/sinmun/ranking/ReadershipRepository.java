package kr.sinmun.ranking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' SQL. Articles are joined by id for their section, reporter and headline, as
 * {@link ViewRepository} joins them to drop views of deleted articles: the counts and the articles live in one
 * database, and a join is one query where the module API would be two.
 */
@Repository
class ReadershipRepository {

	private final JdbcClient jdbc;

	ReadershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long[] hourly(Instant from, Instant to) {
		long[] hours = new long[24];
		jdbc.sql("""
				SELECT hour, sum(views) AS views FROM site_views_hourly
				WHERE hour >= :from AND hour < :to GROUP BY hour""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> {
				long offset = (rs.getTimestamp("hour").toInstant().getEpochSecond() - from.getEpochSecond()) / 3600;
				if (offset >= 0 && offset < 24) {
					hours[(int) offset] += rs.getLong("views");
				}
				return null;
			})
			.list();
		return hours;
	}

	Map<Referrer, Long> referrers(Instant from, Instant to) {
		Map<Referrer, Long> counts = new EnumMap<>(Referrer.class);
		jdbc.sql("""
				SELECT referrer, sum(views) AS views FROM site_views_hourly
				WHERE hour >= :from AND hour < :to GROUP BY referrer""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> counts.merge(Referrer.ofCode(rs.getInt("referrer")), rs.getLong("views"), Long::sum))
			.list();
		return counts;
	}

	List<Readership.ArticleReads> topArticles(LocalDate from, LocalDate to, Integer sectionId, int limit) {
		// Summed first, joined after: only the top rows meet the articles table.
		return jdbc.sql("""
				SELECT a.id, a.headline, a.section_id, a.reporter_id, a.published_at, top.views
				FROM (SELECT d.article_id, sum(d.views) AS views FROM article_views_daily d
				      WHERE d.day >= :from AND d.day <= :to
				        AND (CAST(:section AS integer) IS NULL
				             OR d.article_id IN (SELECT s.id FROM articles s WHERE s.section_id = :section))
				      GROUP BY d.article_id ORDER BY views DESC, d.article_id DESC LIMIT :limit) top
				JOIN articles a ON a.id = top.article_id
				ORDER BY top.views DESC, a.id DESC""")
			.param("from", from)
			.param("to", to)
			.param("section", sectionId)
			.param("limit", limit)
			.query((rs, n) -> new Readership.ArticleReads(rs.getLong("id"), rs.getString("headline"), rs.getInt("section_id"),
					rs.getLong("reporter_id"), rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
					rs.getLong("views")))
			.list();
	}

	/** {@code column} is one of two names written in {@link Readership}, never a request's text. */
	List<Readership.Tally> tallies(String column, LocalDate from, LocalDate to, Instant publishedFrom, Instant publishedTo) {
		if (!column.equals("reporter_id") && !column.equals("section_id")) {
			throw new IllegalArgumentException(column);
		}
		return jdbc.sql("""
				WITH read AS (
				    SELECT a.%1$s AS id, sum(d.views) AS views FROM article_views_daily d JOIN articles a ON a.id = d.article_id
				    WHERE d.day >= :from AND d.day <= :to GROUP BY a.%1$s),
				published AS (
				    SELECT %1$s AS id, count(*) AS published FROM articles
				    WHERE status = 'PUBLISHED' AND published_at >= :publishedFrom AND published_at < :publishedTo GROUP BY %1$s)
				SELECT coalesce(read.id, published.id) AS id, coalesce(published.published, 0) AS published,
				       coalesce(read.views, 0) AS views
				FROM read FULL JOIN published ON published.id = read.id
				ORDER BY views DESC, published DESC, id""".formatted(column))
			.param("from", from)
			.param("to", to)
			.param("publishedFrom", Timestamp.from(publishedFrom))
			.param("publishedTo", Timestamp.from(publishedTo))
			.query((rs, n) -> new Readership.Tally(rs.getLong("id"), rs.getLong("published"), rs.getLong("views")))
			.list();
	}

	List<Readership.HourViews> articleHours(long articleId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT hour, referrer, views FROM article_views
				WHERE article_id = :id AND hour >= :from AND hour < :to ORDER BY hour, referrer""")
			.param("id", articleId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Readership.HourViews(rs.getTimestamp("hour").toInstant(), Referrer.ofCode(rs.getInt("referrer")),
					rs.getLong("views")))
			.list();
	}

	long articleTotal(long articleId) {
		return jdbc.sql("SELECT coalesce(sum(views), 0) FROM article_views_daily WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

}
