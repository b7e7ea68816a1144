package kr.sinmun.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A reader's search. {@code text} is plain text: quotes, operators and odd characters have no special
 * meaning. {@code section}, {@code from} and {@code to} (KST dates, inclusive) may be null. {@code sectionSlugs}
 * are the slugs the section filter matches (the section's and its sub-sections'), filled in by {@link Search}
 * from the sections as they are at the moment of the search; empty means {@code section} alone.
 */
public record SearchQuery(String text, String section, LocalDate from, LocalDate to, Order order, int page, int size,
		List<String> sectionSlugs) {

	// Longer text is cut, not refused: a pasted paragraph still searches by its first words.
	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			// Not between the two halves of a character outside the BMP (an emoji, a rare hanja).
			text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
		}
		order = order == null ? Order.RELEVANCE : order;
		page = Math.max(1, page);
		size = Math.max(1, Math.min(50, size));
		sectionSlugs = section == null || sectionSlugs == null ? List.of() : List.copyOf(sectionSlugs);
	}

	public SearchQuery(String text, String section, LocalDate from, LocalDate to, Order order, int page, int size) {
		this(text, section, from, to, order, page, size, List.of());
	}

	/** The same search, its section filter matching {@code slugs}. */
	SearchQuery withSectionSlugs(List<String> slugs) {
		return new SearchQuery(text, section, from, to, order, page, size, slugs);
	}

	/** How results are ordered. */
	public enum Order {

		RELEVANCE, NEWEST

	}

}
