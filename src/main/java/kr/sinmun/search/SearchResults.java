package kr.sinmun.search;

import java.util.List;

/**
 * The results of a search. {@code total} is exact up to 1,000 and a lower bound beyond
 * ({@code totalIsLowerBound}): counting every match of a common word would cost more than the search.
 * {@code partial} is true when no article, or hardly any, had every word and the results include articles with
 * only the most important of them;
 * {@code didYouMean} is a respelled query worth offering when little was found (or null).
 */
public record SearchResults(long total, boolean totalIsLowerBound, List<SearchHit> hits, boolean partial,
		String didYouMean) {

	static SearchResults empty() {
		return new SearchResults(0, false, List.of(), false, null);
	}

}
