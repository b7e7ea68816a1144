package kr.sinmun.search;

import java.util.List;

/**
 * How a query was read, for the desk to see why an article was or was not found: the terms Nori made of the text
 * ({@code tokens}, with hanja read as Hangul marked), the synonym dictionary's expansions, and the Lucene query
 * run first ({@code query}: every part must be found) and when nothing has every part ({@code partialQuery}).
 */
public record QueryExplanation(String text, List<ReadTerm> tokens, List<Expansion> expansions, String query,
		String partialQuery) {

	/** A term searched for ({@code 북}) and the text it was read from ({@code 北}); {@code hanja}: read as Hangul. */
	public record ReadTerm(String written, String term, boolean hanja) {
	}

	/**
	 * A part of the query ({@code terms}, as analyzed) that the dictionary let be found in other ways
	 * ({@code alternatives}, each a run of terms an article must all contain), and the entries that did it.
	 */
	public record Expansion(String terms, List<String> alternatives, List<String> entries) {
	}

}
