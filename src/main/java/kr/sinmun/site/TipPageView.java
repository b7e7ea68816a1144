package kr.sinmun.site;

import java.util.Map;

/**
 * The 기사제보 form: the newsroom's own words about tips (the static page {@code tip}), what the reader typed, the
 * problems with it by field, and the limits and retention the form and its consent text state.
 */
public record TipPageView(Chrome chrome, String title, String introHtml, Form form, Map<String, String> errors,
		boolean sent, Limits limits) {

	/** What the reader typed, shown back after a refusal. Files cannot be: the browser forgets them. */
	public record Form(String name, String contact, String body, boolean consent, boolean hadFiles) {

		static final Form EMPTY = new Form("", "", "", false, false);

	}

	public record Limits(int files, long megabytes, long retentionDays, int bodyMax, long maxBytes) {
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}

	public String error(String field) {
		return errors.get(field);
	}

}
