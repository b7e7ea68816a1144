package kr.sinmun.tipoff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TipRepository {

	private final JdbcClient jdbc;

	TipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String contact, String body, String senderHash, Instant at) {
		return jdbc.sql("""
				INSERT INTO tips (name, contact, body, status, sender_hash, received_at, updated_at)
				VALUES (:name, :contact, :body, 'RECEIVED', :sender, :at, :at) RETURNING id""")
			.param("name", name)
			.param("contact", contact)
			.param("body", body)
			.param("sender", senderHash)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void attach(long tipId, String fileName, String contentType, byte[] bytes, int width, int height) {
		jdbc.sql("""
				INSERT INTO tip_attachments (tip_id, file_name, content_type, bytes, width, height, data)
				VALUES (:tip, :name, :type, :size, :width, :height, :data)""")
			.param("tip", tipId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", bytes.length)
			.param("width", width)
			.param("height", height)
			.param("data", bytes)
			.update();
	}

	int sentSince(String senderHash, Instant since) {
		return jdbc.sql("SELECT count(*) FROM tips WHERE sender_hash = :sender AND received_at > :since")
			.param("sender", senderHash)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The newest tips first, each with its attachments' descriptions: two queries for the whole page. */
	List<Tip> list(TipStatus status, int limit) {
		List<Tip> tips = jdbc.sql("""
				SELECT id, name, contact, body, status, received_at FROM tips
				WHERE (CAST(:status AS varchar) IS NULL OR status = :status) ORDER BY received_at DESC, id DESC LIMIT :limit""")
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.query((rs, n) -> new Tip(rs.getLong("id"), rs.getString("name"), rs.getString("contact"), rs.getString("body"),
					TipStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(), List.of()))
			.list();
		if (tips.isEmpty()) {
			return tips;
		}
		Map<Long, List<Tip.Attachment>> files = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT id, tip_id, file_name, content_type, bytes, width, height FROM tip_attachments
				WHERE tip_id IN (:ids) ORDER BY id""")
			.param("ids", tips.stream().map(Tip::id).toList())
			.query(rs -> {
				files.computeIfAbsent(rs.getLong("tip_id"), id -> new ArrayList<>())
					.add(new Tip.Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
							rs.getInt("bytes"), rs.getInt("width"), rs.getInt("height")));
			});
		return tips.stream()
			.map(tip -> new Tip(tip.id(), tip.name(), tip.contact(), tip.body(), tip.status(), tip.receivedAt(),
					List.copyOf(files.getOrDefault(tip.id(), List.of()))))
			.toList();
	}

	Optional<Tip> find(long id) {
		Optional<Tip> tip = jdbc.sql("SELECT id, name, contact, body, status, received_at FROM tips WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Tip(rs.getLong("id"), rs.getString("name"), rs.getString("contact"), rs.getString("body"),
					TipStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(), List.of()))
			.optional();
		return tip.map(found -> new Tip(found.id(), found.name(), found.contact(), found.body(), found.status(),
				found.receivedAt(), jdbc.sql("""
						SELECT id, file_name, content_type, bytes, width, height FROM tip_attachments
						WHERE tip_id = :id ORDER BY id""")
					.param("id", id)
					.query((rs, n) -> new Tip.Attachment(rs.getLong("id"), rs.getString("file_name"),
							rs.getString("content_type"), rs.getInt("bytes"), rs.getInt("width"), rs.getInt("height")))
					.list()));
	}

	/** The attachment {@code fileId} only if it belongs to tip {@code tipId}. */
	Optional<TipFile> file(long tipId, long fileId) {
		return jdbc.sql("SELECT file_name, content_type, data FROM tip_attachments WHERE id = :file AND tip_id = :tip")
			.param("file", fileId)
			.param("tip", tipId)
			.query((rs, n) -> new TipFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

	boolean setStatus(long id, TipStatus status, long by, Instant at) {
		return jdbc.sql("UPDATE tips SET status = :status, updated_by = :by, updated_at = :at WHERE id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	int deleteReceivedBefore(Instant before) {
		return jdbc.sql("DELETE FROM tips WHERE received_at < :before").param("before", Timestamp.from(before)).update();
	}

	int forgetSendersBefore(Instant before) {
		return jdbc.sql("UPDATE tips SET sender_hash = NULL WHERE sender_hash IS NOT NULL AND received_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM tips WHERE id = :id").param("id", id).update();
	}

}
