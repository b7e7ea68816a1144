package kr.sinmun.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search's text as it is run. */
class SearchQueryTests {

	@Test
	void aLongQueryIsCutBeforeACharacterItWouldSplit() {
		String text = "가".repeat(SearchQuery.MAX_LENGTH - 1) + "😀 뒤";
		String cut = new SearchQuery(text, null, null, null, null, 1, 10).text();
		assertThat(cut).isEqualTo("가".repeat(SearchQuery.MAX_LENGTH - 1));
		assertThat(cut.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
		// A character inside the BMP is cut at the limit as before.
		assertThat(new SearchQuery("나".repeat(300), null, null, null, null, 1, 10).text()).hasSize(SearchQuery.MAX_LENGTH);
	}

}
