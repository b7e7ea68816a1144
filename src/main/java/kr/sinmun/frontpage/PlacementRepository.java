package kr.sinmun.frontpage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlacementRepository {

	private final JdbcClient jdbc;

	PlacementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void open(Slot slot, long articleId, long actorId, Instant now) {
		jdbc.sql("""
				INSERT INTO frontpage_placements (slot, article_id, placed_by, placed_from)
				VALUES (:slot, :article, :actor, :now)""")
			.param("slot", slot.name())
			.param("article", articleId)
			.param("actor", actorId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void close(Slot slot, long actorId, Instant now) {
		jdbc.sql("""
				UPDATE frontpage_placements SET placed_until = :now, removed_by = :actor
				WHERE slot = :slot AND placed_until IS NULL""")
			.param("slot", slot.name())
			.param("actor", actorId)
			.param("now", Timestamp.from(now))
			.update();
	}

	Map<Slot, Long> current() {
		Map<Slot, Long> loaded = new EnumMap<>(Slot.class);
		jdbc.sql("SELECT slot, article_id FROM frontpage_placements WHERE placed_until IS NULL")
			.query((rs, n) -> loaded.put(Slot.valueOf(rs.getString("slot")), rs.getLong("article_id")))
			.list();
		return loaded;
	}

	List<Placement> overlapping(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT p.slot, p.article_id, a.headline, p.placed_by, p.placed_from, p.placed_until, p.removed_by
				FROM frontpage_placements p JOIN articles a ON a.id = p.article_id
				WHERE p.placed_from < :to AND (p.placed_until IS NULL OR p.placed_until > :from)
				ORDER BY p.placed_from, p.id""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Placement(Slot.valueOf(rs.getString("slot")), rs.getLong("article_id"),
					rs.getString("headline"), (Long) rs.getObject("placed_by"), rs.getTimestamp("placed_from").toInstant(),
					rs.getTimestamp("placed_until") == null ? null : rs.getTimestamp("placed_until").toInstant(),
					(Long) rs.getObject("removed_by")))
			.list();
	}

}
