package kr.sinmun.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Event queries put the newest relevant report of a story first; timeless queries keep the best match first.
 * The articles are near-duplicate reports of one story on different days, as a newsroom files them.
 */
class RecencyRankingTests {

	@Test
	void everyEventWordIsOneTermAsNoriReadsIt() throws Exception {
		KoreanAnalyzers analyzers = new KoreanAnalyzers(null);
		assertThat(RecencyRanking.EVENT_WORDS).allSatisfy(word -> {
			assertThat(analyzers.queryTerms(word)).as(word).containsExactly(word);
			assertThat(analyzers.queryTerms(word + "로 인한")).as(word + "로 인한").contains(word);
		});
	}

	@Test
	void putsTheNewestReportOfAFireFirstAlthoughAnOlderOneMatchesBetter() throws Exception {
		try (RankingIndex index = new RankingIndex()) {
			index.add(1, 4.2, "누리군 목재 공장 화재…인명 피해 없어",
					"누리군 목재 공장에서 화재가 발생했다. 목재 공장 화재로 창고 두 동이 탔고 인명 피해는 없었다. 소방 당국은 목재 공장 화재 원인을 조사하고 있다.")
				.add(2, 2.1, "누리군 목재 공장 화재 이틀째 잔불 정리",
					"누리군 목재 공장 화재 현장에서 이틀째 잔불 정리가 이어졌다. 소방 당국은 공장 관계자를 불러 조사했다.")
				.add(3, 0.3, "누리군 목재 공장 화재, 전기 합선 추정",
					"누리군 목재 공장 화재는 전기 합선에서 시작된 것으로 추정된다고 경찰이 밝혔다.")
				// An article that mentions a fire, today, but is about something else.
				.add(4, 0.1, "누리군 가을 축제 성황", "누리군 가을 축제에 관광객이 몰렸다. 군은 화재 예방 교육도 함께 열었다.");
			// In a newspaper, 발생 is in many reports of all kinds.
			for (int i = 0; i < 20; i++) {
				index.add(100 + i, 8 + i, "가람시 소식 " + i, "가람시에서 민원 " + i + "건이 발생했다. 시는 담당 부서를 정했다.");
			}
			index.ready();

			assertThat(index.ids("누리군 목재 공장 화재")).startsWith(3L, 2L, 1L);
			assertThat(index.ids("목재 공장 화재 발생")).startsWith(3L);
		}
	}

	// Paging through more articles than are weighed by age shows each once: the window weighed by age is the same
	// on every page (it grew with the page, reordering what earlier pages had shown).
	@Test
	void pagingThroughManyMatchesShowsEachArticleOnce() throws Exception {
		try (RankingIndex index = new RankingIndex()) {
			java.util.Random random = new java.util.Random(20261205);
			for (int i = 0; i < 70; i++) {
				StringBuilder body = new StringBuilder();
				for (int repeat = 1 + random.nextInt(4); repeat > 0; repeat--) {
					body.append("옛날 이야기를 들었다. ");
				}
				for (int filler = random.nextInt(12); filler > 0; filler--) {
					body.append("마을 사람들이 모였다. ");
				}
				index.add(i + 1, random.nextInt(90) + random.nextDouble(), "마을 소식 " + i, body.toString());
			}
			index.ready();

			java.util.List<Long> seen = new java.util.ArrayList<>();
			for (int page = 1; page <= 7; page++) {
				seen.addAll(SearchEngine.search(index.generation, new SearchQuery("이야기", null, null, null, null, page, 10),
						RankingIndex.NOW.toEpochMilli()).hits().stream().map(SearchHit::id).toList());
			}
			assertThat(seen).hasSize(70).doesNotHaveDuplicates();
		}
	}

	@Test
	void aQueryWhoseBestMatchesClusterInTimeWantsTheNewest() throws Exception {
		try (RankingIndex index = new RankingIndex()) {
			// No event word in the query, but three reports of one story within three days.
			index.add(1, 3.0, "한빛시 도시철도 2호선 운행 중단 사흘째",
					"한빛시 도시철도 2호선 운행 중단이 사흘째 이어졌다. 한빛시는 도시철도 2호선 대체 버스를 늘렸다. 도시철도 2호선 승객 불편이 크다.")
				.add(2, 1.5, "한빛시 도시철도 2호선 신호 장비 교체",
					"한빛시가 도시철도 2호선 신호 장비를 교체하고 있다. 2호선 운행 재개는 이르면 내일이다.")
				.add(3, 0.2, "한빛시 도시철도 2호선 운행 재개",
					"멈췄던 한빛시 도시철도 2호선이 다시 달린다. 시는 신호 장비 점검을 마쳤다고 밝혔다.")
				.ready();

			assertThat(index.ids("한빛시 도시철도 2호선")).startsWith(3L);
		}
	}

	@Test
	void aTimelessQueryKeepsTheBestMatchFirst() throws Exception {
		try (RankingIndex index = new RankingIndex()) {
			index.add(1, 20, "가람대 생명과학과 연구팀, 해조류 유래 항암 물질 발견",
					"가람대 생명과학과 연구팀이 해조류에서 항암 물질을 찾아냈다. 해조류 추출물이 암세포 증식을 억제했다.")
				.add(2, 0.5, "가람대 축제 개막", "가람대 축제가 개막했다. 생명과학과 학생들도 부스를 열었다.")
				.add(3, 1, "해조류 양식장 확대", "해안 마을이 해조류 양식장을 늘린다. 가람대와 공동 연구도 한다.")
				.ready();

			assertThat(index.ids("가람대 해조류 항암 물질")).startsWith(1L);
			assertThat(index.ids("해조류 항암")).startsWith(1L);
		}
	}

	@Test
	void withoutAnEventWordRecentArticlesGetOnlyAMildBoost() {
		RecencyRanking.Intent mild = RecencyRanking.Intent.RELEVANCE;
		RecencyRanking.Intent latest = RecencyRanking.Intent.LATEST;
		assertThat(RecencyRanking.score(mild, 10f, 10f, 0)).isCloseTo(12.5f, offset(0.01f));
		assertThat(RecencyRanking.score(mild, 10f, 10f, 365)).isCloseTo(10f, offset(0.01f));
		// A relevant report a day old outranks a slightly better one four days old...
		assertThat(RecencyRanking.score(latest, 8f, 10f, 1)).isGreaterThan(RecencyRanking.score(latest, 10f, 10f, 4));
		// ...but an article scoring under half the best gets only the mild boost, even today.
		assertThat(RecencyRanking.score(latest, 4.9f, 10f, 0)).isLessThan(RecencyRanking.score(latest, 10f, 10f, 14));
	}

}
