package kr.sinmun.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kr.sinmun.article.ArticleRepository.SUMMARY_COLUMNS;
import static kr.sinmun.article.ArticleRepository.VISIBLE;

/**
 * {@code articles.series_id}: which series an article is in. Episode numbers are counted in the query
 * ({@code row_number()} over the series' visible articles by publication time), so a withdrawn episode or one
 * published later with an earlier time renumbers the rest without anything being stored.
 */
@Repository
class EpisodeRepository {

	// The series' visible articles, each with its number. A series holds tens of articles, read through
	// articles_series_published.
	private static final String NUMBERED = "SELECT " + SUMMARY_COLUMNS
			+ ", row_number() OVER (ORDER BY a.published_at, a.id) AS episode, count(*) OVER () AS episodes"
			+ " FROM articles a WHERE a.series_id = :series AND " + VISIBLE;

	private final JdbcClient jdbc;

	EpisodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The article's series and whether a reader may see the article now; empty for an unknown article. */
	Optional<Placement> placement(long id, Instant now) {
		return jdbc.sql("SELECT a.series_id, (" + VISIBLE + ") AS visible FROM articles a WHERE a.id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Placement((Integer) rs.getObject("series_id"), rs.getBoolean("visible")))
			.optional();
	}

	void setSeries(long id, Integer seriesId) {
		jdbc.sql("UPDATE articles SET series_id = :series WHERE id = :id")
			.param("id", id)
			.param("series", seriesId, java.sql.Types.INTEGER)
			.update();
	}

	long count(Instant now, int seriesId) {
		return jdbc.sql("SELECT count(*) FROM articles a WHERE a.series_id = :series AND " + VISIBLE)
			.param("series", seriesId)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** A page of the series' visible episodes, newest first. */
	List<Episode> newest(Instant now, int seriesId, int limit, int offset) {
		return jdbc.sql("SELECT * FROM (" + NUMBERED + ") e ORDER BY e.episode DESC LIMIT :limit OFFSET :offset")
			.param("series", seriesId)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new Episode(rs.getInt("episode"), ArticleRepository.summary(rs, n)))
			.list();
	}

	/**
	 * The series' newest {@code limit} episodes and the article {@code id} among them or not, in one statement;
	 * empty when the article is not a visible episode of the series.
	 */
	Optional<EpisodeBox> box(Instant now, long id, int seriesId, int limit) {
		// The newest episodes and this one's neighbours (이전 회, 다음 회), in one query.
		List<Episode> rows = jdbc.sql("WITH e AS (" + NUMBERED + "), c AS (SELECT episode FROM e WHERE id = :id)"
				+ " SELECT e.* FROM e, c WHERE e.episode > e.episodes - :limit OR e.episode BETWEEN c.episode - 1 AND c.episode + 1"
				+ " ORDER BY e.episode DESC")
			.param("series", seriesId)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("id", id)
			.query((rs, n) -> new Episode(rs.getInt("episode"), ArticleRepository.summary(rs, n)))
			.list();
		Optional<Episode> current = rows.stream().filter(row -> row.article().id() == id).findFirst();
		return current.map(found -> {
			// The first row is the newest episode: its number is the series' count.
			int newestFrom = rows.get(0).number() - limit;
			return new EpisodeBox(found.number(), rows.stream().filter(row -> row.number() > newestFrom).toList(),
					rows.stream().filter(row -> row.number() == found.number() - 1).findFirst().orElse(null),
					rows.stream().filter(row -> row.number() == found.number() + 1).findFirst().orElse(null));
		});
	}

	record Placement(Integer seriesId, boolean visible) {
	}

}
