package kr.sinmun.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sinmun.platform.KoreanDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

	private static final String COLUMNS = """
			id, stored_name, content_type, width, height, rendition_widths, in_library, uploaded_by, caption, credit,
			alt_text, crop_x, crop_y, crop_width, crop_height, focal_x, focal_y, edition, has_card, created_at""";

	private final JdbcClient jdbc;

	MediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new upload; {@code uploadedBy} and the details only for a library photo. */
	long insert(String storedName, String contentType, int width, int height, long size, Integer[] renditionWidths,
			boolean hasCard, boolean inLibrary, Long uploadedBy, PhotoDetails details) {
		return jdbc.sql("""
				INSERT INTO media (stored_name, content_type, width, height, size_bytes, rendition_widths, has_card,
				                   in_library, uploaded_by, caption, credit, alt_text, search_grams)
				VALUES (:name, :type, :width, :height, :size, :widths, :card, :library, :uploader, :caption, :credit,
				        :alt, :grams) RETURNING id""")
			.param("widths", renditionWidths)
			.param("name", storedName)
			.param("type", contentType)
			.param("width", width)
			.param("height", height)
			.param("size", size)
			.param("card", hasCard)
			.param("library", inLibrary)
			.param("uploader", uploadedBy)
			.param("caption", details.caption())
			.param("credit", details.credit())
			.param("alt", details.altText())
			.param("grams", grams(details))
			.query(Long.class)
			.single();
	}

	private static String[] grams(PhotoDetails details) {
		return CaptionGrams.of(details.caption() + " " + details.credit()).toArray(String[]::new);
	}

	/** A stored image as the library keeps it. */
	record Row(long id, String storedName, String contentType, int width, int height, List<Integer> renditionWidths,
			boolean inLibrary, Long uploadedBy, PhotoDetails details, Crop crop, double focalX, double focalY,
			int edition, boolean hasCard, java.time.Instant createdAt) {
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id").param("id", id).query(MediaRepository::row).optional();
	}

	void updateDetails(long id, PhotoDetails details) {
		jdbc.sql("UPDATE media SET caption = :caption, credit = :credit, alt_text = :alt, search_grams = :grams WHERE id = :id")
			.param("caption", details.caption())
			.param("credit", details.credit())
			.param("alt", details.altText())
			.param("grams", grams(details))
			.param("id", id)
			.update();
	}

	/** Moves the photo to its next edition, only if no other edit did first: whether it did. */
	boolean updateFrame(long id, Crop crop, double focalX, double focalY, int edition, Integer[] renditionWidths,
			boolean hasCard) {
		return jdbc.sql("""
				UPDATE media SET crop_x = :x, crop_y = :y, crop_width = :w, crop_height = :h, focal_x = :fx,
				       focal_y = :fy, edition = :edition, rendition_widths = :widths, has_card = :card
				 WHERE id = :id AND edition = :edition - 1""")
			.param("x", crop == null ? null : crop.x())
			.param("y", crop == null ? null : crop.y())
			.param("w", crop == null ? null : crop.width())
			.param("h", crop == null ? null : crop.height())
			.param("fx", focalX)
			.param("fy", focalY)
			.param("edition", edition)
			.param("widths", renditionWidths)
			.param("card", hasCard)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * One page of the library, newest first, and the count of all that match: two queries whatever the page
	 * holds. Each word of two or more characters narrows by its pairs through the GIN index; every word is then
	 * checked as text, so pairs in another order do not match.
	 */
	List<Row> search(PhotoQuery query) {
		Where where = where(query);
		String sql = "SELECT " + COLUMNS + " FROM media WHERE " + where.sql()
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
		JdbcClient.StatementSpec statement = jdbc.sql(sql).params(where.params());
		return statement.param("limit", query.pageSize())
			.param("offset", (long) (query.page() - 1) * query.pageSize())
			.query(MediaRepository::row)
			.list();
	}

	long count(PhotoQuery query) {
		Where where = where(query);
		return jdbc.sql("SELECT count(*) FROM media WHERE " + where.sql()).params(where.params()).query(Long.class).single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(PhotoQuery query) {
		List<String> conditions = new ArrayList<>(List.of("in_library"));
		Map<String, Object> params = new HashMap<>();
		List<String> words = CaptionGrams.words(query.text());
		List<String> grams = new ArrayList<>();
		for (int i = 0; i < words.size() && i < 10; i++) {
			String word = words.get(i);
			if (word.codePointCount(0, word.length()) > 1) {
				grams.addAll(CaptionGrams.pairs(word));
			}
			conditions.add("strpos(lower(caption || ' ' || credit), :word" + i + ") > 0");
			params.put("word" + i, word);
		}
		if (!grams.isEmpty()) {
			conditions.add("search_grams @> CAST(:grams AS text[])");
			params.put("grams", grams.stream().distinct().toArray(String[]::new));
		}
		if (query.uploaderId() != null) {
			conditions.add("uploaded_by = :uploader");
			params.put("uploader", query.uploaderId());
		}
		if (query.from() != null) {
			conditions.add("created_at >= :from");
			params.put("from", startOf(query.from()));
		}
		if (query.to() != null) {
			conditions.add("created_at < :to");
			params.put("to", startOf(query.to().plusDays(1)));
		}
		return new Where(String.join(" AND ", conditions), params);
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(KoreanDates.SEOUL).toInstant());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Integer cropX = (Integer) rs.getObject("crop_x");
		Crop crop = cropX == null ? null
				: new Crop(cropX, rs.getInt("crop_y"), rs.getInt("crop_width"), rs.getInt("crop_height"));
		return new Row(rs.getLong("id"), rs.getString("stored_name"), rs.getString("content_type"), rs.getInt("width"),
				rs.getInt("height"), List.of((Integer[]) rs.getArray("rendition_widths").getArray()),
				rs.getBoolean("in_library"), (Long) rs.getObject("uploaded_by"),
				new PhotoDetails(rs.getString("caption"), rs.getString("credit"), rs.getString("alt_text")), crop,
				rs.getDouble("focal_x"), rs.getDouble("focal_y"), rs.getInt("edition"), rs.getBoolean("has_card"),
				rs.getTimestamp("created_at").toInstant());
	}

}
