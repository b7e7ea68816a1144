package kr.sinmun.people;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login attempts table: one row per user name and client, and one per user name for unknown clients. */
@Repository
class LoginAttempts {

	/** The row of an account that counts the attempts from every client it does not know. */
	static final String UNKNOWN_CLIENTS = "";

	private final JdbcClient jdbc;

	LoginAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one more attempt and answers the count, in one statement: the row is locked while it is updated,
	 * so concurrent attempts, on this node or another, each get a different number. A window that ended before
	 * {@code expired} starts again at {@code now}.
	 */
	Counted reserve(String username, String client, Instant now, Instant expired) {
		return jdbc.sql("""
				INSERT INTO login_attempts AS t (username, client, window_start, attempts)
				VALUES (:username, :client, :now, 1)
				ON CONFLICT (username, client) DO UPDATE SET
				  window_start = CASE WHEN t.window_start <= :expired THEN :now ELSE t.window_start END,
				  attempts = CASE WHEN t.window_start <= :expired THEN 1 ELSE t.attempts + 1 END
				RETURNING attempts, last_success""")
			.param("username", username)
			.param("client", client)
			.param("now", Timestamp.from(now))
			.param("expired", Timestamp.from(expired))
			.query((rs, n) -> new Counted(rs.getInt("attempts"),
					rs.getTimestamp("last_success") == null ? null : rs.getTimestamp("last_success").toInstant()))
			.single();
	}

	/** A right password from this client: its count starts again, and the account knows the client from now on. */
	void succeeded(String username, String client, Instant now) {
		jdbc.sql("UPDATE login_attempts SET attempts = 0, last_success = :now WHERE username = :username AND client = :client")
			.param("username", username)
			.param("client", client)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Clears every count of an account (an administrator set a new password), keeping the clients it knows. */
	void forgive(String username) {
		jdbc.sql("UPDATE login_attempts SET attempts = 0 WHERE username = :username")
			.param("username", username)
			.update();
	}

	/** Forgets windows that ended before {@code expired}, unless they remember a login since {@code known}. */
	int forget(Instant expired, Instant known) {
		return jdbc.sql("""
				DELETE FROM login_attempts
				WHERE window_start <= :expired AND (last_success IS NULL OR last_success <= :known)""")
			.param("expired", Timestamp.from(expired))
			.param("known", Timestamp.from(known))
			.update();
	}

	record Counted(int attempts, Instant lastSuccess) {
	}

}
