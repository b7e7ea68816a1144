package kr.sinmun.newsroom;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of administrative changes: users, stations, sections, settings, pages, home arrangement. */
@Repository
class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Staff actor, String action, String target, String detail) {
		jdbc.sql("INSERT INTO audit_log (actor_id, action, target, detail, at) VALUES (:actor, :action, :target, :detail, :at)")
			.param("actor", actor.id())
			.param("action", action)
			.param("target", target)
			.param("detail", detail)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	List<Entry> latest(int limit) {
		return jdbc.sql("""
				SELECT l.at, coalesce(u.display_name, '-') AS actor, l.action, l.target, l.detail
				FROM audit_log l LEFT JOIN users u ON u.id = l.actor_id
				ORDER BY l.at DESC, l.id DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("target"), rs.getString("detail")))
			.list();
	}

	record Entry(Instant at, String actor, String action, String target, String detail) {
	}

}
