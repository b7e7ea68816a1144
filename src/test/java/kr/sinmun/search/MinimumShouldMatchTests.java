package kr.sinmun.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When no article has every word of a query, the articles with the words that matter most come back, ranked by
 * how many and which; an article with only common words of the query does not.
 */
class MinimumShouldMatchTests {

	@Test
	void theShareOfTheQueryAnArticleMustHaveFallsAsTheQueryGrows() {
		assertThat(MinimumShouldMatch.share(1)).isEqualTo(1f);
		assertThat(MinimumShouldMatch.share(2)).isEqualTo(0.5f);
		assertThat(MinimumShouldMatch.share(3)).isEqualTo(0.6f);
		assertThat(MinimumShouldMatch.share(5)).isLessThan(MinimumShouldMatch.share(4));
		assertThat(MinimumShouldMatch.share(20)).isEqualTo(0.4f);
	}

	@Test
	void noArticleWithFewerPartsThanTheHeaviestNeededCanQualify() {
		// Eight parts as rare as each other, 40 % of their weight required: four of them, whichever.
		assertThat(MinimumShouldMatch.fewestParts(new float[] { 1, 1, 1, 1, 1, 1, 1, 1 }, 3.2f)).isEqualTo(4);
		// One rare name carries most of the weight: it alone may be enough; with a little more asked, one more part.
		assertThat(MinimumShouldMatch.fewestParts(new float[] { 0.1f, 5f, 0.2f, 0.1f }, 0.6f * 5.4f)).isEqualTo(1);
		assertThat(MinimumShouldMatch.fewestParts(new float[] { 0.1f, 5f, 0.2f, 0.1f }, 5.1f)).isEqualTo(2);
		// Exactly the required weight, summed in floats, counts (CoverageQuery allows the same rounding).
		assertThat(MinimumShouldMatch.fewestParts(new float[] { 0.1f, 0.2f, 0.3f }, 0.6f)).isEqualTo(3);
		// Parts no article has weigh nothing and are never counted.
		assertThat(MinimumShouldMatch.fewestParts(new float[] { 0, 2, 0, 2 }, 2f)).isEqualTo(1);
	}

	@Test
	void aLongQueryFindsTheArticleWithMostOfItsImportantWords() throws Exception {
		try (RankingIndex index = common(new RankingIndex())) {
			index.add(1, 6, "새솔에너지, 누리군 앞바다 해상풍력 단지 착공",
					"새솔에너지가 누리군 앞바다에서 해상풍력 단지 공사를 시작했다. 발전기 40기를 세운다.")
				.add(2, 1, "누리군 바다 축제 개막", "누리군 바다 축제가 열렸다. 주민과 관광객이 해변을 찾았다.")
				.ready();

			// No article has 주민 반대 or 보상, but article 1 has the rare words (새솔에너지, 해상풍력, 착공).
			SearchResults results = index.search("새솔에너지 누리군 해상풍력 착공 주민 반대 보상");
			assertThat(results.partial()).isTrue();
			assertThat(results.hits()).first().extracting(SearchHit::id).isEqualTo(1L);
		}
	}

	@Test
	void commonWordsAloneDoNotMakeAnArticleMatch() throws Exception {
		try (RankingIndex index = common(new RankingIndex())) {
			index.add(1, 3, "가람시 시내버스 노선 개편안 공개", "가람시가 시내버스 노선 개편안을 공개했다.").ready();

			// 관계자 and 지역 are in most articles; 반딧불이 in none. The article with 시내버스 comes first, and
			// the articles that share only the common words are not shown.
			SearchResults results = index.search("가람시 시내버스 지역 관계자 반딧불이");
			assertThat(results.hits()).extracting(SearchHit::id).containsExactly(1L);
		}
	}

	@Test
	void twoWordsWithNoArticleHavingBothFindTheRarerOne() throws Exception {
		try (RankingIndex index = common(new RankingIndex())) {
			index.add(1, 3, "가람시 전통시장 화재 안전 점검", "가람시가 전통시장 화재 안전 점검에 나섰다.").ready();

			assertThat(index.ids("전통시장 관계자")).containsExactly(1L);
		}
	}

	// Twenty articles that share the common words of the queries above.
	private static RankingIndex common(RankingIndex index) throws Exception {
		for (int i = 0; i < 20; i++) {
			index.add(100 + i, 10 + i, "지역 소식 " + i, "지역 관계자는 주민 의견을 더 듣겠다고 말했다. 지역 행사 " + i + "번째 안내.");
		}
		return index;
	}

}
