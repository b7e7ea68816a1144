package kr.sinmun.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the article's new state, unless the newest row for the article already carries it ({@code state}
	 * and {@code action} alike, sent or waiting): every node announces a scheduled article when its time
	 * comes, and a restart announces the last day again, but the portal hears of each state once. Older
	 * waiting rows for the same article are dropped: the newest action carries the whole state (the current
	 * text, or its removal). A row under a live claim is being sent and is left alone; ordering in
	 * {@link #claimNext} keeps the new row behind it. Call inside a transaction: the article's advisory lock
	 * serializes the check and the insert across nodes until it commits.
	 */
	boolean enqueue(String portal, long articleId, String action, String state, Instant due, Instant now, boolean force) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "portal_outbox:" + portal + ":" + articleId)
			.query()
			.singleValue();
		if (!force) {
			boolean same = jdbc.sql("""
					SELECT action = :action AND article_state IS NOT DISTINCT FROM :state AND status <> 'FAILED'
					FROM portal_outbox WHERE portal = :portal AND article_id = :article ORDER BY id DESC LIMIT 1""")
				.param("portal", portal)
				.param("article", articleId)
				.param("action", action)
				.param("state", state)
				.query(Boolean.class)
				.optional()
				.orElse(false);
			if (same) {
				return false;
			}
		}
		// One statement, so the drop and the insert are one change even outside a transaction: nobody (the
		// newsroom's delivery status, another node) sees the article with no row in between.
		jdbc.sql("""
				WITH dropped AS (
				  DELETE FROM portal_outbox WHERE id IN (
				    SELECT id FROM portal_outbox
				    WHERE portal = :portal AND article_id = :article AND status = 'PENDING'
				      AND (claimed_until IS NULL OR claimed_until < :now)
				    FOR UPDATE SKIP LOCKED))
				INSERT INTO portal_outbox (portal, article_id, action, article_state, status, next_attempt_at, created_at)
				VALUES (:portal, :article, :action, :state, 'PENDING', :due, :now)""")
			.param("portal", portal)
			.param("article", articleId)
			.param("action", action)
			.param("state", state)
			.param("due", Timestamp.from(due))
			.param("now", Timestamp.from(now))
			.update();
		return true;
	}

	/**
	 * Claims the oldest due row for {@code node} until {@code until}, in one statement that commits at once: the
	 * claim is a lease, not a lock held while the portal answers. Rows under another live claim are skipped,
	 * and so is a row while an older row for the same article still waits, so a portal never sees an edit
	 * before its creation. A row whose claim ran out (its node died while sending) is claimed again.
	 */
	Optional<Delivery> claimNext(String node, Instant now, Instant until) {
		return jdbc.sql("""
				UPDATE portal_outbox SET claimed_by = :node, claimed_until = :until
				WHERE id = (
				  SELECT p.id FROM portal_outbox p
				  WHERE p.status = 'PENDING' AND p.next_attempt_at <= :now
				    AND (p.claimed_until IS NULL OR p.claimed_until < :now)
				    AND NOT EXISTS (SELECT 1 FROM portal_outbox o WHERE o.portal = p.portal AND o.article_id = p.article_id
				                    AND o.status = 'PENDING' AND o.id < p.id)
				  ORDER BY p.id LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING *""")
			.param("node", node)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.query(OutboxRepository::delivery)
			.optional();
	}

	/** Whether the portal may hold this article: a creation was sent (or may have been) and no delete since. */
	boolean mayHold(String portal, long articleId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_contents WHERE portal = :portal AND article_id = :article)")
			.param("portal", portal)
			.param("article", articleId)
			.query(Boolean.class)
			.single();
	}

	/** Notes, before a creation leaves, that from now on the portal may hold the article. */
	void mayHoldFrom(String portal, long articleId, Instant now) {
		jdbc.sql("""
				INSERT INTO portal_contents (portal, article_id, since) VALUES (:portal, :article, :now)
				ON CONFLICT (portal, article_id) DO NOTHING""")
			.param("portal", portal)
			.param("article", articleId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The portal confirmed it holds the article no more. */
	void released(String portal, long articleId) {
		jdbc.sql("DELETE FROM portal_contents WHERE portal = :portal AND article_id = :article")
			.param("portal", portal)
			.param("article", articleId)
			.update();
	}

	/** Records a delivery; false when the claim had run out and another sender had taken the row over. */
	boolean sent(long id, String node, Instant now) {
		return jdbc.sql("""
				UPDATE portal_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL,
				       claimed_until = NULL
				WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
			.param("id", id)
			.param("node", node)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Records a failed try and when to try again; false when another sender had taken the row over. */
	boolean failed(long id, String node, String error, Instant retryAt, boolean giveUp) {
		return jdbc.sql("""
				UPDATE portal_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :retry,
				       status = CASE WHEN :giveUp THEN 'FAILED' ELSE 'PENDING' END, claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND claimed_by = :node AND status = 'PENDING'""")
			.param("id", id)
			.param("node", node)
			.param("error", error)
			.param("retry", Timestamp.from(retryAt))
			.param("giveUp", giveUp)
			.update() == 1;
	}

	/** The newest row per portal for an article. */
	List<Delivery> latest(long articleId) {
		return jdbc.sql("""
				SELECT DISTINCT ON (portal) * FROM portal_outbox WHERE article_id = :article ORDER BY portal, id DESC""")
			.param("article", articleId)
			.query(OutboxRepository::delivery)
			.list();
	}

	/** Recent deliveries, failures and waiting rows first. */
	List<Delivery> recent(int limit) {
		return jdbc.sql("""
				SELECT * FROM portal_outbox
				ORDER BY CASE status WHEN 'FAILED' THEN 0 WHEN 'PENDING' THEN 1 ELSE 2 END, id DESC LIMIT :limit""")
			.param("limit", limit)
			.query(OutboxRepository::delivery)
			.list();
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Delivery(rs.getLong("id"), rs.getString("portal"), rs.getLong("article_id"), rs.getString("action"),
				rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}

}
