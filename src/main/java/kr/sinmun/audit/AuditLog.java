package kr.sinmun.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of administrative changes (users, sections, pages, settings, home arrangement, banners, weather
 * stations, the search dictionary and index), whichever door they came through: the newsroom's screens or the
 * API. Rows are only ever added.
 */
@Repository
public class AuditLog {

	private static final int ACTION_MAX = 60;

	private static final int TARGET_MAX = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that {@code actorId} made a change through {@code door}. {@code action} says what was done in a
	 * few Korean words ("배너 승인"), {@code target} to what, {@code detail} anything worth keeping (may be null).
	 */
	public void record(Door door, long actorId, String action, String target, String detail) {
		jdbc.sql("""
				INSERT INTO audit_log (actor_id, channel, action, target, detail, at)
				VALUES (:actor, :channel, :action, :target, :detail, :at)""")
			.param("actor", actorId)
			.param("channel", door.name())
			.param("action", cut(action, ACTION_MAX))
			.param("target", cut(target == null ? "" : target, TARGET_MAX))
			.param("detail", detail)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** The newest {@code limit} entries, newest first. */
	public List<AuditEntry> latest(int limit) {
		return jdbc.sql("""
				SELECT l.at, coalesce(u.display_name, '-') AS actor, l.channel, l.action, l.target, l.detail
				FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
				ORDER BY l.at DESC, l.id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					Door.valueOf(rs.getString("channel")), rs.getString("action"), rs.getString("target"),
					rs.getString("detail")))
			.list();
	}

	// CASE: a campaign name or a word is the user's text; a long one must not turn a done change into an error
	// when it is recorded. Cut at a code point, never inside a surrogate pair.
	private static String cut(String text, int max) {
		return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
	}

}
