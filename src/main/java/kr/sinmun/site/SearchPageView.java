package kr.sinmun.site;

import java.util.List;

/**
 * The search page: the form as the reader filled it in, the results with highlighted headline and excerpt,
 * and help when little was found. {@code error} is a Korean message about the form, or null.
 */
public record SearchPageView(Chrome chrome, String query, String section, String from, String to, String order,
		List<Chrome.Link> sectionOptions, String error, long total, boolean totalAtLeast, boolean partial, String didYouMeanUrl,
		String didYouMean, List<Result> results, List<SectionPage.PageLink> pages, String previousUrl, String nextUrl,
		List<ListItem> hotClick) {

	/**
	 * The input type for a date field: a date picker, or plain text when the reader typed something that is
	 * not a date, so the form can show it back (a date input may only hold a valid date).
	 */
	public String dateInputType(String value) {
		if (value == null || value.isBlank()) {
			return "date";
		}
		try {
			java.time.LocalDate.parse(value.strip());
			return "date";
		}
		catch (java.time.format.DateTimeParseException ex) {
			return "text";
		}
	}

	public boolean searched() {
		return !query.isBlank() && error == null;
	}

	/** One result; the two HTML fields are escaped text with {@code <mark>} around the matches. */
	public record Result(String url, String headlineHtml, String snippetHtml, String sectionName, String reporter,
			String time, String isoTime) {
	}

}
