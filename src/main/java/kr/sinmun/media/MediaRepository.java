package kr.sinmun.media;

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

}
