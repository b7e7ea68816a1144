package kr.sinmun.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kr.sinmun.article.ArticleRepository.BY_REPORTER;
import static kr.sinmun.article.ArticleRepository.SUMMARY_COLUMNS;
import static kr.sinmun.article.ArticleRepository.VISIBLE;

/** The tables of an article's end: pinned 관련기사 ({@code article_related_pins}) and 속보 ({@code article_breaking}). */
@Repository
class ArticleEndRepository {

	private final JdbcClient jdbc;

	ArticleEndRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The four lists of {@link ArticleEnd} in one statement: each part keeps its own order and limit, and the
	 * rows say which list they belong to.
	 */
	ArticleEnd articleEnd(Instant now, long id, int sectionId, long reporterId, Collection<Long> found, int limit) {
		// CASE: IN () is not SQL; no article has id 0.
		List<Long> foundIds = found.isEmpty() ? List.of(0L) : List.copyOf(found);
		String columns = SUMMARY_COLUMNS;
		Map<String, List<Ranked>> lists = new HashMap<>();
		jdbc.sql("(SELECT 'pinned' AS list, p.position AS rank, " + columns
				+ " FROM article_related_pins p JOIN articles a ON a.id = p.related_id WHERE p.article_id = :id AND " + VISIBLE
				+ ") UNION ALL (SELECT 'found', 0, " + columns + " FROM articles a WHERE a.id IN (:found) AND a.id <> :id AND "
				+ VISIBLE + ") UNION ALL (SELECT 'reporter', 0, " + columns + " FROM articles a WHERE " + BY_REPORTER
				+ "a.id <> :id AND " + VISIBLE + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit)"
				+ " UNION ALL (SELECT 'section', 0, " + columns + " FROM articles a WHERE a.section_id = :section AND a.id <> :id AND "
				+ VISIBLE + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit)")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("found", foundIds)
			.param("reporter", reporterId)
			.param("section", sectionId)
			.param("limit", limit)
			.query((rs, n) -> {
				lists.computeIfAbsent(rs.getString("list"), key -> new ArrayList<>())
					.add(new Ranked(rs.getInt("rank"), ArticleRepository.summary(rs, n)));
				return null;
			})
			.list();
		Comparator<Ranked> newest = Comparator.comparing((Ranked r) -> r.summary().publishedAt())
			.thenComparing(r -> r.summary().id())
			.reversed();
		List<ArticleSummary> foundInOrder = new ArrayList<>();
		Map<Long, ArticleSummary> byId = new HashMap<>();
		lists.getOrDefault("found", List.of()).forEach(r -> byId.put(r.summary().id(), r.summary()));
		for (Long foundId : found) {
			ArticleSummary summary = byId.remove(foundId);
			if (summary != null) {
				foundInOrder.add(summary);
			}
		}
		return new ArticleEnd(sorted(lists.get("pinned"), Comparator.comparingInt(Ranked::rank)), foundInOrder,
				sorted(lists.get("reporter"), newest), sorted(lists.get("section"), newest));
	}

	private static List<ArticleSummary> sorted(List<Ranked> rows, Comparator<Ranked> order) {
		return rows == null ? List.of() : rows.stream().sorted(order).map(Ranked::summary).toList();
	}

	private record Ranked(int rank, ArticleSummary summary) {
	}

	List<Long> pins(long id) {
		return jdbc.sql("SELECT related_id FROM article_related_pins WHERE article_id = :id ORDER BY position")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	void replacePins(long id, List<Long> related) {
		jdbc.sql("DELETE FROM article_related_pins WHERE article_id = :id").param("id", id).update();
		for (int i = 0; i < related.size(); i++) {
			jdbc.sql("INSERT INTO article_related_pins (article_id, related_id, position) VALUES (:id, :related, :position)")
				.param("id", id)
				.param("related", related.get(i))
				.param("position", i)
				.update();
		}
	}

	/** What the bar shows: marked articles whose time has not come, that readers may see, newest mark first. */
	List<BreakingArticle> running(Instant now) {
		return jdbc.sql("SELECT a.id, a.headline, b.until FROM article_breaking b JOIN articles a ON a.id = b.article_id"
				+ " WHERE NOT b.ended AND b.until > :now AND " + VISIBLE + " ORDER BY b.marked_at DESC, a.id DESC")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new BreakingArticle(rs.getLong("id"), rs.getString("headline"),
					rs.getTimestamp("until").toInstant()))
			.list();
	}

	/** When an article's 속보 mark ends, if it has one still running. */
	java.util.Optional<Instant> breakingUntil(long id, Instant now) {
		return jdbc.sql("SELECT until FROM article_breaking WHERE article_id = :id AND NOT ended AND until > :now")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> rs.getTimestamp("until").toInstant())
			.optional();
	}

	void mark(long id, Instant until, Long actorId, Instant now) {
		jdbc.sql("""
				INSERT INTO article_breaking (article_id, until, marked_by, marked_at, ended) VALUES (:id, :until, :actor, :now, false)
				ON CONFLICT (article_id) DO UPDATE SET until = :until, marked_by = :actor, marked_at = :now, ended = false""")
			.param("id", id)
			.param("until", Timestamp.from(until))
			.param("actor", actorId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Removes a mark; whether one was still showing (then the bar changes). */
	boolean unmark(long id) {
		return !jdbc.sql("DELETE FROM article_breaking WHERE article_id = :id RETURNING ended")
			.param("id", id)
			.query(Boolean.class)
			.list()
			.stream()
			.allMatch(Boolean::booleanValue);
	}

	/** Claims the marks whose time has come, so that one node announces each end once. */
	List<Long> claimEnded(Instant now, int limit) {
		return jdbc.sql("""
				UPDATE article_breaking b SET ended = true
				WHERE b.article_id IN (SELECT article_id FROM article_breaking WHERE NOT ended AND until <= :now
				                       ORDER BY until LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING b.article_id""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
