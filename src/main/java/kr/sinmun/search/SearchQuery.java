package kr.sinmun.search;

import java.time.LocalDate;

/**
 * A reader's search. {@code text} is plain text: quotes, operators and odd characters have no special
 * meaning. {@code section}, {@code from} and {@code to} (KST dates, inclusive) may be null.
 */
public record SearchQuery(String text, String section, LocalDate from, LocalDate to, Order order, int page, int size) {

	// Longer text is cut, not refused: a pasted paragraph still searches by its first words.
	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		order = order == null ? Order.RELEVANCE : order;
		page = Math.max(1, page);
		size = Math.max(1, Math.min(50, size));
	}

	/** How results are ordered. */
	public enum Order {

		RELEVANCE, NEWEST

	}

}
