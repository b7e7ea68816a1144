package kr.sinmun.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.search.SynonymEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymEntryTests {

	@Test
	void readsWordsAsAPersonTypesThemSeparatedByCommas() {
		assertThat(SynonymEntry.split(" 전기차,전기자동차 ,  EV,, ")).containsExactly("전기차", "전기자동차", "EV");
		assertThat(SynonymEntry.split("물가  상승、고물가")).containsExactly("물가 상승", "고물가");
		assertThat(SynonymEntry.split(null)).isEmpty();
	}

	@Test
	void twoEntriesOfTheSameWordsInAnyOrderOrCaseHaveOneKey() {
		SynonymEntry one = new SynonymEntry(null, Kind.GROUP, List.of("EV", "전기차"), List.of());
		SynonymEntry other = new SynonymEntry(7L, Kind.GROUP, List.of("전기차", "ev"), List.of());
		assertThat(one.key()).isEqualTo(other.key()).isEqualTo("GROUP:ev,전기차");
		assertThat(new SynonymEntry(null, Kind.EXPANSION, List.of("국힘"), List.of("국민의힘")).key())
			.isEqualTo("EXPANSION:국힘");
	}

	@Test
	void namesTheFieldAtFaultInKorean() {
		assertThat(new SynonymEntry(null, Kind.GROUP, List.of("전기차"), List.of()).problems()).containsOnlyKeys("words");
		assertThat(new SynonymEntry(null, Kind.GROUP, List.of("전기차", "전기차"), List.of()).problems().get("words"))
			.contains("두 번");
		assertThat(new SynonymEntry(null, Kind.EXPANSION, List.of("국힘"), List.of()).problems()).containsOnlyKeys("expandsTo");
		assertThat(new SynonymEntry(null, Kind.EXPANSION, List.of("국힘"), List.of("국힘")).problems().get("expandsTo"))
			.contains("줄임말과 같은 말");
		assertThat(new SynonymEntry(null, null, List.of("가"), List.of()).problems()).containsOnlyKeys("kind");
		assertThat(new SynonymEntry(null, Kind.GROUP, List.of("가".repeat(41), "나"), List.of()).problems().get("words"))
			.contains("40자");
		assertThat(new SynonymEntry(null, Kind.GROUP, List.of("전기차", "EV"), List.of("무시됨")).problems()).isEmpty();
		assertThat(new SynonymEntry(null, Kind.GROUP, List.of("전기차", "EV"), List.of("무시됨")).expandsTo()).isEmpty();
	}

}
