package kr.sinmun.newsroom;

/** RFC 4180 fields: quoted when they hold a comma, quote or line break; a leading formula sign is defused. */
final class Csv {

	private Csv() {
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		// CASE: a headline starting with = + - @ would run as a formula when the export is opened in a spreadsheet.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
