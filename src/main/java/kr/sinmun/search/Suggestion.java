package kr.sinmun.search;

/** An autocomplete entry: a headline (with its article's URL) or a tag (with a search URL). */
public record Suggestion(String text, String url, Kind kind) {

	/** What the suggestion is. */
	public enum Kind {

		HEADLINE, TAG

	}

}
