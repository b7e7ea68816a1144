package kr.sinmun.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the article's new state. Older waiting rows for the same article are dropped: the newest action
	 * carries the whole state (the current text, or its removal). A row being sent right now is locked and
	 * left alone; ordering in {@link #claimDue} keeps the new row behind it.
	 */
	void enqueue(String portal, long articleId, String action, Instant due, Instant now) {
		// One statement, so the drop and the insert are one change even outside a transaction: nobody (the
		// newsroom's delivery status, another node) sees the article with no row in between.
		jdbc.sql("""
				WITH dropped AS (
				  DELETE FROM portal_outbox WHERE id IN (
				    SELECT id FROM portal_outbox
				    WHERE portal = :portal AND article_id = :article AND status = 'PENDING'
				    FOR UPDATE SKIP LOCKED))
				INSERT INTO portal_outbox (portal, article_id, action, status, next_attempt_at, created_at)
				VALUES (:portal, :article, :action, 'PENDING', :due, :now)""")
			.param("portal", portal)
			.param("article", articleId)
			.param("action", action)
			.param("due", Timestamp.from(due))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Locks due rows for this node until the transaction ends; other nodes skip them. A row waits while an
	 * older row for the same article is still pending, so a portal never sees an edit before its creation.
	 */
	List<Delivery> claimDue(Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM portal_outbox p
				WHERE p.status = 'PENDING' AND p.next_attempt_at <= :now
				  AND NOT EXISTS (SELECT 1 FROM portal_outbox o WHERE o.portal = p.portal AND o.article_id = p.article_id
				                  AND o.status = 'PENDING' AND o.id < p.id)
				ORDER BY p.id LIMIT :limit FOR UPDATE SKIP LOCKED""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(OutboxRepository::delivery)
			.list();
	}

	/** Whether the portal has already accepted this article (so the next upsert is an update). */
	boolean delivered(String portal, long articleId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM portal_outbox WHERE portal = :portal AND article_id = :article
				               AND status = 'SENT' AND action = 'UPSERT')""")
			.param("portal", portal)
			.param("article", articleId)
			.query(Boolean.class)
			.single();
	}

	void sent(long id, Instant now) {
		jdbc.sql("UPDATE portal_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void failed(long id, String error, Instant retryAt, boolean giveUp) {
		jdbc.sql("""
				UPDATE portal_outbox SET attempts = attempts + 1, last_error = :error, next_attempt_at = :retry,
				       status = CASE WHEN :giveUp THEN 'FAILED' ELSE 'PENDING' END
				WHERE id = :id""")
			.param("id", id)
			.param("error", error)
			.param("retry", Timestamp.from(retryAt))
			.param("giveUp", giveUp)
			.update();
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
