package kr.sinmun.search;

import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
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

	// The desk's explain call shows the rule as it is: for two parts there is no "all but one" to mention.
	@Test
	void theWeightedQueryDescribesOnlyTheRulesItHas() {
		List<Query> parts = List.of(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "내년")),
				new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "예산")));
		String two = new CoverageQuery(parts.get(0), parts, new float[] { 0.69f, 0.99f }, 0.84f,
				MinimumShouldMatch.enoughParts(2)).toString();
		assertThat(two).isEqualTo("coverage(text:내년=0.69 text:예산=0.99 ≥ 0.84)");
		String three = new CoverageQuery(parts.get(0), parts, new float[] { 0.69f, 0.99f }, 0.84f, 2).toString();
		assertThat(three).endsWith("≥ 0.84 or 2 parts)");
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

	// Coordination first when every word is common: no IDF tells the words apart, how many an article has does.
	@Test
	void whenEveryWordIsCommonArticlesWithAllButOneComeBeforeThoseThatRepeatAFew() throws Exception {
		try (RankingIndex index = new RankingIndex()) {
			for (int i = 1; i <= 12; i++) {
				index.add(i, i, "소식 " + i, "지역 주민 의견을 듣는 행사가 열렸다. 오늘은 날씨가 맑았고 바람이 조금 불었다. "
						+ "오후에는 구름이 끼었고 저녁에는 기온이 내려갔다. 내일도 비슷한 날씨가 이어진다고 한다.");
			}
			// Three of the five words, two of them again and again in a short text: the highest BM25 sum.
			index.add(50, 1, "알림", "예산 예산 예산 행사 행사 지역");
			for (int i = 0; i < 10; i++) {
				index.add(100 + i, 20 + i, "안내 " + i, i < 3 ? "지역 예산 안내" : "지역 날씨 안내");
			}
			index.ready();

			// 지역 is in every article, 주민 and 의견 in twelve, 행사 in thirteen, 예산 in four of 23: all common.
			SearchResults results = index.search("지역 주민 의견 행사 예산");
			assertThat(results.partial()).isTrue();
			assertThat(results.hits()).hasSize(10).extracting(SearchHit::id).allMatch(id -> id >= 1 && id <= 12);
			assertThat(results.total()).isEqualTo(12);
			assertThat(results.totalIsLowerBound()).as("the wider search was not run, so more may qualify").isTrue();
			// The second page holds the last two with four words, then the article with three.
			SearchResults second = SearchEngine.search(index.generation,
					new SearchQuery("지역 주민 의견 행사 예산", null, null, null, null, 2, 10), RankingIndex.NOW.toEpochMilli());
			assertThat(second.hits()).extracting(SearchHit::id).hasSize(3).endsWith(50L);
			assertThat(second.hits().subList(0, 2)).extracting(SearchHit::id).allMatch(id -> id >= 1 && id <= 12);
			// Newest first, article 50 (a day old, three words) is among the newest, not after every article with four.
			SearchResults newest = SearchEngine.search(index.generation,
					new SearchQuery("지역 주민 의견 행사 예산", null, null, null, SearchQuery.Order.NEWEST, 1, 10),
					RankingIndex.NOW.toEpochMilli());
			assertThat(newest.total()).isEqualTo(13);
			assertThat(newest.hits().subList(0, 2)).extracting(SearchHit::id).contains(50L);
		}
	}

	// Below the articles with all but one word, coordination still comes first: four of six common words rank
	// above three, however often the three are repeated and however recent the article that repeats them.
	@Test
	void whenEveryWordIsCommonAnArticleWithMoreOfThemRanksAboveOneThatRepeatsFewer() throws Exception {
		String[] words = { "항만", "물류", "운임", "선박", "화물", "수출" };
		try (RankingIndex index = new RankingIndex()) {
			// Every word in a third of the articles, two to an article: all common, none telling.
			for (int i = 0; i < 18; i++) {
				index.add(100 + i, 40 + i, "지역 소식 " + i, words[i % 6] + " 관련 회의가 열렸다. " + words[(i + 1) % 6]
						+ " 문제도 다뤘다. 참석자들은 다음 달에 다시 모이기로 했다. 회의는 두 시간 동안 이어졌다.");
			}
			// Four of the six, each once, in a long report published a year ago.
			index.add(1, 365, "남해안 항구 점검", "항만 당국이 남해안 항구를 점검했다. 물류 창고와 선박 계류 시설을 살폈고 화물 적재 "
					+ "구역의 안전 표지도 새로 달았다. 점검반은 오후 늦게까지 부두를 돌았다. 당국은 다음 달에도 같은 점검을 하겠다고 밝혔다.");
			// Three of the six, again and again, in a short piece published today.
			index.add(2, 0, "운임 운임 운임", "운임 선박 수출 운임 선박 수출 운임 선박 수출");
			index.ready();

			SearchResults results = index.search("항만 물류 운임 선박 화물 수출");
			assertThat(results.partial()).isTrue();
			assertThat(results.hits()).extracting(SearchHit::id).startsWith(1L, 2L);
			// Newest first, the same articles qualify: not the newer ones with two of the six words.
			SearchResults newest = SearchEngine.search(index.generation, new SearchQuery("항만 물류 운임 선박 화물 수출", null,
					null, null, SearchQuery.Order.NEWEST, 1, 10), RankingIndex.NOW.toEpochMilli());
			assertThat(newest.hits()).extracting(SearchHit::id).containsExactly(2L, 1L);
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

	@Test
	void lookingOnlyAtArticlesWithARareWordFindsExactlyWhatWeighingEveryArticleFinds() throws Exception {
		// 200 articles: four words in most of them, eight in a few each. Every long query below mixes both.
		String[] common = { "정부", "지역", "주민", "관계자" };
		String[] rare = { "해상풍력", "반도체", "관세", "청약", "백신", "태풍", "전세", "마라톤" };
		java.util.Random random = new java.util.Random(20261205);
		try (RankingIndex index = new RankingIndex()) {
			for (int i = 0; i < 200; i++) {
				StringBuilder body = new StringBuilder();
				for (String word : common) {
					if (random.nextInt(10) < 7) {
						body.append(word).append(" 문제가 논의됐다. ");
					}
				}
				for (String word : rare) {
					if (random.nextInt(100) < 6) {
						body.append(word).append(" 이야기가 나왔다. ");
					}
				}
				index.add(i, random.nextInt(60), "소식 " + i, body.toString());
			}
			index.ready();
			IndexSearcher searcher = index.generation.searchers.acquire();
			try {
				int split = 0;
				for (String text : List.of("정부 지역 주민 관계자 해상풍력 반도체 관세 청약", "정부 지역 해상풍력 관세",
						"지역 주민 관계자 백신 태풍", "정부 주민 전세 마라톤 청약 반도체",
						// Four common words of five are "all but one": articles without the rare word qualify too.
						"정부 지역 주민 관계자 태풍")) {
					List<QueryReading.Clause> clauses = QueryReading.of(index.generation.analyzers, null, text).clauses();
					Query fast = MinimumShouldMatch.partialQuery(searcher.getIndexReader(), clauses);
					List<Query> parts = clauses.stream().map(SearchEngine::clauseQuery).toList();
					float[] weights = new float[parts.size()];
					float total = 0;
					int findable = 0;
					for (int i = 0; i < weights.length; i++) {
						weights[i] = MinimumShouldMatch.weight(searcher.getIndexReader(), clauses.get(i));
						total += weights[i];
						findable += weights[i] > 0 ? 1 : 0;
					}
					float required = MinimumShouldMatch.share(findable) * total;
					int enough = MinimumShouldMatch.enoughParts(findable);
					split += MinimumShouldMatch.rareFirst(parts, weights, required, enough) != null ? 1 : 0;
					Query everyArticle = new CoverageQuery(MinimumShouldMatch.anyPart(clauses), parts, weights, required, enough);

					TopDocs expected = searcher.search(everyArticle, 200);
					TopDocs actual = searcher.search(fast, 200);
					assertThat(searcher.count(fast)).as(text).isEqualTo(searcher.count(everyArticle)).isPositive();
					assertThat(java.util.Arrays.stream(actual.scoreDocs).map(doc -> doc.doc + "@" + Math.round(doc.score * 1000)).toList())
						.as(text)
						.isEqualTo(java.util.Arrays.stream(expected.scoreDocs).map(doc -> doc.doc + "@" + Math.round(doc.score * 1000)).toList());
				}
				assertThat(split).as("queries that looked only at articles with a rare word").isPositive();
			}
			finally {
				index.generation.searchers.release(searcher);
			}
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
