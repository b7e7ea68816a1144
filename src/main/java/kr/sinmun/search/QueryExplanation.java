package kr.sinmun.search;

import java.util.List;

/**
 * How a query was read, for the desk to see why an article was or was not found: the terms Nori made of the text
 * ({@code tokens}, with hanja read as Hangul marked), the synonym dictionary's expansions, and the Lucene query
 * run first ({@code query}: every part must be found) and when nothing has every part ({@code partialQuery}).
 * Also the amounts and units written one way before Nori read them ({@code numbers}: 2조 5천억 as 2500000000000),
 * the acronyms also searched in their other writing ({@code acronyms}: UAM as 유에이엠), and the words no article
 * contains with the closest words that articles do ({@code corrections}), searched after the query as typed when
 * it finds fewer than three articles ({@code correctedQuery}, null when nothing was corrected).
 */
public record QueryExplanation(String text, List<ReadTerm> tokens, List<Expansion> expansions, String query,
		String partialQuery, List<Number> numbers, List<Acronym> acronyms, List<Correction> corrections,
		String correctedQuery) {

	/** An amount or unit as written ({@code 2조 5천억}, {@code ㎡}) and as searched ({@code 2500000000000}, {@code 제곱미터}). */
	public record Number(String written, String searched) {
	}

	/** A word of the query read as an acronym the other way: {@code UAM} also as {@code 유에이엠}. */
	public record Acronym(String written, String alsoSearched) {
	}

	/** A word no article contains ({@code typed}) and the closest word, in jamo, that articles do contain. */
	public record Correction(String typed, String corrected) {
	}

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
