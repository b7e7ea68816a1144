package kr.sinmun.search;

import java.util.List;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

import kr.sinmun.search.SynonymEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySynonymsTests {

	private final KoreanAnalyzers analyzers = new KoreanAnalyzers(null);

	private SynonymMap map(SynonymEntry... entries) {
		return QuerySynonyms.build(List.of(entries), analyzers, System.nanoTime()).map();
	}

	private static SynonymEntry group(String... words) {
		return new SynonymEntry(null, Kind.GROUP, List.of(words), List.of());
	}

	private static SynonymEntry expansion(String word, String... to) {
		return new SynonymEntry(null, Kind.EXPANSION, List.of(word), List.of(to));
	}

	private List<List<List<String>>> read(SynonymMap map, String text) {
		return QueryReading.of(analyzers, map, text).clauses().stream().map(QueryReading.Clause::alternatives).toList();
	}

	@Test
	void aShortFormAlsoFindsItsFullNameButNotTheOtherWayRound() {
		SynonymMap map = map(expansion("금감원", "금융감독원"));
		assertThat(read(map, "금감원 제재")).containsExactly(
				List.of(List.of("금", "감", "원"), List.of("금융", "감독", "원")), List.of(List.of("제재")));
		assertThat(read(map, "금융감독원")).allMatch(clause -> clause.size() == 1);
	}

	@Test
	void everyWordOfAGroupFindsTheOthersWhateverItsScript() {
		SynonymMap map = map(group("전기차", "전기자동차", "EV"));
		assertThat(read(map, "EV")).containsExactly(
				List.of(List.of("ev"), List.of("전기차"), List.of("전기", "자동", "차")));
		assertThat(read(map, "전기자동차 보조금")).first()
			.satisfies(clause -> assertThat(clause).containsExactly(List.of("전기", "자동", "차"), List.of("전기차"),
					List.of("ev")));
	}

	// Nori reads most hanja as Hangul (北 → 북) but leaves some as written (檢), and splits 美日 into 미 + 일 while
	// the Hangul 미일 is one word: the map is analyzed the same way, so each finds the other.
	@Test
	void headlineHanjaAndTheWordsReadersTypeFindEachOther() {
		SynonymMap map = map(group("北", "북한"), group("檢", "검찰"), group("美日", "미일"));
		assertThat(read(map, "北")).containsExactly(List.of(List.of("북"), List.of("북한")));
		assertThat(read(map, "검찰 소환")).first().isEqualTo(List.of(List.of("검찰"), List.of("檢")));
		assertThat(read(map, "미일 정상회담")).first().isEqualTo(List.of(List.of("미일"), List.of("미", "일")));
		assertThat(read(map, "美日 정상회담")).first().isEqualTo(List.of(List.of("미", "일"), List.of("미일")));
		assertThat(QueryReading.of(analyzers, map, "北 미사일").tokens().get(0).hanjaRead()).isTrue();
	}

	// Nori splits an unknown Hangul word by its neighbours: 에스엠알 alone is 에스엠 + 알, in a sentence 에스 + 엠알. An
	// acronym's reading is now written in Latin letters before Nori reads it (WrittenForms), so it is one term
	// wherever it stands, and an entry pairing the two is one word.
	@Test
	void aHangulReadingIsFoundHoweverNoriSplitsItInTheSentence() {
		SynonymMap map = map(group("SMR", "에스엠알", "소형모듈원전"));
		assertThat(QuerySynonyms.terms(analyzers, "에스엠알")).containsExactly("smr");
		assertThat(read(map, "SMR")).first()
			.satisfies(clause -> assertThat(clause).contains(List.of("smr")).doesNotContain(List.of("에스엠", "알")));
		assertThat(read(map, "에스엠알 수출 협력")).first()
			.satisfies(clause -> assertThat(clause).startsWith(List.of("smr")).hasSizeGreaterThan(1));
	}

	@Test
	void withoutEntriesEachTermIsOnePart() {
		assertThat(QuerySynonyms.build(List.of(), analyzers, System.nanoTime()).map()).isNull();
		assertThat(read(null, "국토부 장관")).containsExactly(List.of(List.of("국토")), List.of(List.of("부")),
				List.of(List.of("장관")));
	}

	@Test
	void theMapNamesTheEntriesBehindAWordForTheExplanation() {
		QuerySynonyms.Loaded loaded = QuerySynonyms.build(List.of(expansion("국토부", "국토교통부")), analyzers,
				System.nanoTime());
		assertThat(loaded.sources().get("국토 부")).containsExactly("국토부 → 국토교통부");
		assertThat(loaded.entries()).isEqualTo(1);
	}

}
