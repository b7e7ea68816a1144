package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;

/**
 * 연재 관리: every series as a form of its own ({@code series}, active ones first), an empty one for a new series
 * ({@code blank}), and what the last save said. {@code errors} are the problems of the form that was sent, by
 * field, shown next to that form's fields; the form keeps what was typed.
 */
public record SeriesAdminPage(PageModels.Chrome chrome, List<Row> series, Row blank, String error, String notice) {

	/** One series as stored, or as typed when its save was refused. */
	public record Row(String id, String name, String slug, String description, boolean active, String url,
			Map<String, String> errors) {

		public Row {
			errors = errors == null ? Map.of() : Map.copyOf(errors);
		}

		/** The id fields of this row's form are named by (new for the empty form). */
		public String key() {
			return id == null || id.isEmpty() ? "new" : id;
		}

		public boolean hasError(String field) {
			return errors.containsKey(field);
		}

	}

}
