package kr.sinmun.frontpage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LayoutRepository {

	private final JdbcClient jdbc;

	LayoutRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored boxes, main column first, each column in order; empty when the desk never composed the page. */
	List<Box> boxes() {
		return jdbc.sql("""
				SELECT area, kind, section_id, style, size, slot, phone_position FROM frontpage_boxes
				ORDER BY CASE area WHEN 'MAIN' THEN 0 ELSE 1 END, position""")
			.query((rs, n) -> new Box(Box.Kind.valueOf(rs.getString("kind")), Box.Area.valueOf(rs.getString("area")),
					(Integer) rs.getObject("section_id"), Box.Style.valueOf(rs.getString("style")), rs.getInt("size"),
					rs.getString("slot"), rs.getInt("phone_position")))
			.list();
	}

	void replace(List<Box> boxes) {
		jdbc.sql("DELETE FROM frontpage_boxes").update();
		int[] positions = new int[Box.Area.values().length];
		for (Box box : boxes) {
			jdbc.sql("""
					INSERT INTO frontpage_boxes (area, position, kind, section_id, style, size, slot, phone_position)
					VALUES (:area, :position, :kind, :section, :style, :size, :slot, :phone)""")
				.param("area", box.area().name())
				.param("position", ++positions[box.area().ordinal()])
				.param("kind", box.kind().name())
				.param("section", box.sectionId())
				.param("style", box.style().name())
				.param("size", box.size())
				.param("slot", box.slot())
				.param("phone", box.phoneOrder())
				.update();
		}
	}

	void record(Long actorId, String summary, Instant now) {
		jdbc.sql("INSERT INTO frontpage_layout_changes (changed_at, changed_by, summary) VALUES (:now, :actor, :summary)")
			.param("now", Timestamp.from(now))
			.param("actor", actorId)
			.param("summary", summary)
			.update();
	}

	List<LayoutChange> changes(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT changed_at, changed_by, summary FROM frontpage_layout_changes
				WHERE changed_at >= :from AND changed_at < :to ORDER BY changed_at, id""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new LayoutChange(rs.getTimestamp("changed_at").toInstant(),
					(Long) rs.getObject("changed_by"), rs.getString("summary")))
			.list();
	}

}
