package kr.sinmun.search;

import java.util.List;

/**
 * The results of a search. {@code partial} is true when no article had every word and the results have only
 * some of them; {@code didYouMean} is a respelled query worth offering when little was found (or null).
 */
public record SearchResults(long total, List<SearchHit> hits, boolean partial, String didYouMean) {

	static SearchResults empty() {
		return new SearchResults(0, List.of(), false, null);
	}

}
