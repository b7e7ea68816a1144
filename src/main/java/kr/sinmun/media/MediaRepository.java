package kr.sinmun.media;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

	private final JdbcClient jdbc;

	MediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String storedName, String contentType, int width, int height, long size, Integer[] renditionWidths) {
		return jdbc.sql("""
				INSERT INTO media (stored_name, content_type, width, height, size_bytes, rendition_widths)
				VALUES (:name, :type, :width, :height, :size, :widths) RETURNING id""")
			.param("widths", renditionWidths)
			.param("name", storedName)
			.param("type", contentType)
			.param("width", width)
			.param("height", height)
			.param("size", size)
			.query(Long.class)
			.single();
	}

	/** A stored image: its name, type, size and rendition widths. */
	record Row(long id, String storedName, String contentType, int width, int height, List<Integer> renditionWidths) {
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT id, stored_name, content_type, width, height, rendition_widths FROM media WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("stored_name"), rs.getString("content_type"),
					rs.getInt("width"), rs.getInt("height"), List.of((Integer[]) rs.getArray("rendition_widths").getArray())))
			.optional();
	}

}
