package kr.sinmun.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The stored first answers to requests sent with an {@code Idempotency-Key}, per token owner and key. */
@Repository
class IdempotencyKeys {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, List<String>>> HEADERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An answer as it is replayed: status, the headers worth repeating, and the body. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {
	}

	/** What is kept for a key: the request's fingerprint and its answer, or none while it is being processed. */
	record Stored(String fingerprint, Answer answer, Instant lockedUntil) {
	}

	/**
	 * Takes the key for the current transaction, on every node, without waiting: false when another request
	 * with the same key holds it. PostgreSQL releases it when the transaction ends, or when the connection of
	 * a node that died goes away.
	 */
	boolean tryLock(long userId, IdempotencyKey key) {
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
			.param("lock", "api_idempotency_keys:" + userId + ":" + key.value())
			.query(Boolean.class)
			.single();
	}

	/** The unexpired entry for a key. */
	Optional<Stored> find(long userId, IdempotencyKey key, Instant now) {
		return jdbc.sql("""
				SELECT fingerprint, status, headers, body, locked_until FROM api_idempotency_keys
				WHERE user_id = :user AND idempotency_key = :key AND expires_at > :now""")
			.param("user", userId)
			.param("key", key.value())
			.param("now", Timestamp.from(now))
			.query(IdempotencyKeys::stored)
			.optional();
	}

	/** Keeps the first answer; replaces an expired entry or an upload that never finished. */
	void save(long userId, IdempotencyKey key, String fingerprint, Answer answer, Instant now, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO api_idempotency_keys (user_id, idempotency_key, fingerprint, status, headers, body, created_at,
				                                  expires_at)
				VALUES (:user, :key, :fingerprint, :status, :headers, :body, :now, :expires)
				ON CONFLICT (user_id, idempotency_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint,
				  status = EXCLUDED.status, headers = EXCLUDED.headers, body = EXCLUDED.body, locked_until = NULL,
				  created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at""")
			.param("user", userId)
			.param("key", key.value())
			.param("fingerprint", fingerprint)
			.param("status", answer.status())
			.param("headers", JSON.writeValueAsString(answer.headers()))
			.param("body", answer.body())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** Marks an upload as under way until {@code lockedUntil}, so a retry meanwhile gets 409. */
	void begin(long userId, IdempotencyKey key, String fingerprint, Instant now, Instant lockedUntil, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO api_idempotency_keys (user_id, idempotency_key, fingerprint, locked_until, created_at, expires_at)
				VALUES (:user, :key, :fingerprint, :until, :now, :expires)
				ON CONFLICT (user_id, idempotency_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = NULL,
				  headers = NULL, body = NULL, locked_until = EXCLUDED.locked_until, created_at = EXCLUDED.created_at,
				  expires_at = EXCLUDED.expires_at""")
			.param("user", userId)
			.param("key", key.value())
			.param("fingerprint", fingerprint)
			.param("until", Timestamp.from(lockedUntil))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** Keeps an upload's answer, unless another request took the key over after the upload's time ran out. */
	boolean finish(long userId, IdempotencyKey key, Instant startedAt, Answer answer) {
		return jdbc.sql("""
				UPDATE api_idempotency_keys SET status = :status, headers = :headers, body = :body, locked_until = NULL
				WHERE user_id = :user AND idempotency_key = :key AND status IS NULL AND created_at = :started""")
			.param("user", userId)
			.param("key", key.value())
			.param("started", Timestamp.from(startedAt))
			.param("status", answer.status())
			.param("headers", JSON.writeValueAsString(answer.headers()))
			.param("body", answer.body())
			.update() == 1;
	}

	/** Lets go of an upload that failed, so a retry may start at once. */
	void abandon(long userId, IdempotencyKey key, Instant startedAt) {
		jdbc.sql("""
				DELETE FROM api_idempotency_keys
				WHERE user_id = :user AND idempotency_key = :key AND status IS NULL AND created_at = :started""")
			.param("user", userId)
			.param("key", key.value())
			.param("started", Timestamp.from(startedAt))
			.update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void purgeExpired() {
		jdbc.sql("DELETE FROM api_idempotency_keys WHERE expires_at <= :now")
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		int status = rs.getInt("status");
		Answer answer = rs.wasNull() ? null
				: new Answer(status, JSON.readValue(rs.getString("headers"), HEADERS), rs.getBytes("body"));
		return new Stored(rs.getString("fingerprint").strip(), answer,
				lockedUntil == null ? null : lockedUntil.toInstant());
	}

}
