package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;

import kr.sinmun.newsroom.PageModels.Chrome;
import kr.sinmun.newsroom.PageModels.Option;

/** View models of the photo library (사진 보관함) pages. */
public final class PhotoModels {

	private PhotoModels() {
	}

	/** One photo in the library's grid. */
	public record Tile(long id, String thumb, String thumbWebp, int thumbWidth, int thumbHeight, String caption,
			String credit, String alt, String uploader, String date, boolean editable) {

		/** What a screen reader hears for the picture: the alt text, or the caption when none was written. */
		public String description() {
			return !alt.isBlank() ? alt : caption;
		}

	}

	/** The search form as typed, so a refused value comes back in its box. */
	public record Search(String text, String reporter, String from, String to) {

		public String query() {
			StringBuilder query = new StringBuilder();
			append(query, "q", text);
			append(query, "reporter", reporter);
			append(query, "from", from);
			append(query, "to", to);
			return query.toString();
		}

		private static void append(StringBuilder query, String name, String value) {
			if (value != null && !value.isBlank()) {
				query.append(query.isEmpty() ? "" : "&").append(name).append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}

	}

	/** /newsroom/photos: the upload area, the search and one page of photos. */
	public record LibraryPage(Chrome chrome, Search search, List<Option> reporters, List<Tile> tiles, long total,
			int page, int pageCount, int pageSize, Map<String, String> errors, String notice) {

		public String summary() {
			if (total == 0) {
				return "찾은 사진이 없습니다.";
			}
			int first = (page - 1) * pageSize + 1;
			int last = first + tiles.size() - 1;
			return "찾은 사진 " + total + "장" + (total > tiles.size() ? " 중 " + first + "~" + last + "번째" : "");
		}

		public String pageUrl(int number) {
			String query = search.query();
			return "/newsroom/photos?" + query + (query.isEmpty() ? "" : "&") + "page=" + number;
		}

		public boolean hasError(String field) {
			return errors.containsKey(field);
		}

		public String error(String field) {
			return errors.get(field);
		}

	}

	/** The edit form as typed: words, crop in pixels, focal point in percent. */
	public record EditForm(String caption, String credit, String altText, String cropX, String cropY, String cropWidth,
			String cropHeight, String focalX, String focalY, String edition) {
	}

	/** /newsroom/photos/{id}: one photo, its copies and, for whoever may, the form that changes it. */
	public record PhotoPage(Chrome chrome, long id, String original, int width, int height, String src, int srcWidth,
			int srcHeight, String card, int cardWidth, int cardHeight, boolean croppable, String uploader,
			String date, boolean editable, EditForm form, Map<String, String> errors, String notice) {

		public boolean hasError(String field) {
			return errors.containsKey(field);
		}

		public String error(String field) {
			return errors.get(field);
		}

	}

}
