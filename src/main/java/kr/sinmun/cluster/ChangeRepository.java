package kr.sinmun.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code change_log} table: appending entries in the caller's transaction, and reading them safely. */
@Repository
class ChangeRepository {

	private final JdbcClient jdbc;

	ChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a reader stands: after every entry at or before {@code (tx, id)}. */
	record Position(String tx, long id) {
	}

	/**
	 * An entry, and whether it is {@code safe}: written by a transaction older than every transaction still
	 * running, so no entry can appear before it any more.
	 */
	record Entry(long id, String tx, String event, String payload, String origin, long ageMillis, boolean safe) {

		Position position() {
			return new Position(tx, id);
		}

	}

	/** A transaction still running, which holds the feed back while it is open. */
	record Blocker(int pid, String state, Instant started) {
	}

	// In the caller's transaction, so the entry commits or rolls back with the change; NOTIFY is delivered at
	// commit, and not at all after a rollback (PostgreSQL folds a transaction's identical notifications).
	void append(String event, String payload, String origin) {
		jdbc.sql("""
				WITH entry AS (INSERT INTO change_log (event, payload, origin) VALUES (:event, CAST(:payload AS jsonb), :origin)
				               RETURNING id)
				SELECT pg_notify(:channel, '') FROM entry""")
			.param("event", event)
			.param("payload", payload)
			.param("origin", origin)
			.param("channel", ChangeFeed.CHANNEL)
			.query()
			.listOfRows();
	}

	/**
	 * The position that leaves nothing out for a reader starting now: just below the oldest transaction still
	 * running. Everything older has committed (or rolled back) and is in the tables a starting node reads.
	 */
	Position start() {
		String mark = jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
		return new Position(mark, 0);
	}

	/**
	 * Entries after {@code from} in (transaction, id) order, each marked safe or not. The mark is taken in the
	 * same statement, so from the same snapshot as the rows: an entry below it can never appear later.
	 */
	List<Entry> after(Position from, int limit) {
		return jdbc.sql("""
				SELECT c.id, c.tx::text AS tx, c.event, c.payload::text AS payload, c.origin,
				       (extract(epoch FROM now() - c.at) * 1000)::bigint AS age_ms, c.tx < h.mark AS safe
				FROM change_log c CROSS JOIN (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS mark) h
				WHERE (c.tx, c.id) > (CAST(:tx AS xid8), :id)
				ORDER BY c.tx, c.id
				LIMIT :limit""")
			.param("tx", from.tx())
			.param("id", from.id())
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("tx"), rs.getString("event"),
					rs.getString("payload"), rs.getString("origin"), rs.getLong("age_ms"),
					rs.getBoolean("safe")))
			.list();
	}

	/** The oldest transaction still running that has written anything: what an unsafe entry waits for. */
	Optional<Blocker> oldestWriter() {
		return jdbc.sql("""
				SELECT pid, state, xact_start FROM pg_stat_activity
				WHERE backend_xid IS NOT NULL ORDER BY age(backend_xid) DESC LIMIT 1""")
			.query((rs, n) -> new Blocker(rs.getInt("pid"), rs.getString("state"),
					rs.getTimestamp("xact_start") == null ? null : rs.getTimestamp("xact_start").toInstant()))
			.optional();
	}

	int prune(java.time.Duration retention) {
		return jdbc.sql("DELETE FROM change_log WHERE at < now() - make_interval(secs => :seconds)")
			.param("seconds", retention.toSeconds())
			.update();
	}

}
