package kr.sinmun.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymReadingsTests {

	private final KoreanAnalyzers analyzers = new KoreanAnalyzers(null);

	@Test
	void readsLatinLettersInHangulAndBack() {
		assertThat(AcronymReadings.hangulOf("UAM")).isEqualTo("유에이엠");
		assertThat(AcronymReadings.hangulOf("cbdc")).isEqualTo("시비디시");
		assertThat(AcronymReadings.lettersOf("케이티엑스")).isEqualTo("ktx");
		assertThat(AcronymReadings.lettersOf("피시알")).isEqualTo("pcr");
		assertThat(AcronymReadings.lettersOf("씨씨티비")).isEqualTo("cctv");
		assertThat(AcronymReadings.lettersOf("에이치비엠")).isEqualTo("hbm");
		assertThat(AcronymReadings.lettersOf("국토부")).isNull();
		assertThat(AcronymReadings.lettersOf("이유")).as("two syllables: too many common words").isNull();
	}

	@Test
	void readsDigitsInAnAcronymInEnglishBothWays() {
		assertThat(AcronymReadings.hangulOf("5G")).isEqualTo("파이브지");
		assertThat(AcronymReadings.hangulOf("K2")).isEqualTo("케이투");
		assertThat(AcronymReadings.lettersOf("파이브지")).isEqualTo("5g");
		assertThat(AcronymReadings.lettersOf("쓰리디")).isEqualTo("3d");
		assertThat(AcronymReadings.lettersOf("에이포")).isEqualTo("a4");
		assertThat(AcronymReadings.lettersOf("원투쓰리")).as("digits alone are no acronym").isNull();
		for (String[] pair : new String[][] { { "5G", "파이브지" }, { "3D", "쓰리디" }, { "K2", "케이투" } }) {
			assertThat(analyzers.queryTerms(pair[1])).as(pair[1]).isEqualTo(analyzers.queryTerms(pair[0]));
		}
		assertThat(AcronymReadings.readings("5G 요금제와 2025년"))
			.containsExactly(new AcronymReadings.Reading("5G", "파이브지"));
	}

	// The dictionary lists UAM and KTX; MOU, CEO, HBM and IRA are in no list, and Nori alone drops parts of their
	// readings (시이오 is read 오): both ways of writing any acronym must be one term.
	@Test
	void anAcronymAndItsHangulReadingAreOneTermWhateverTheDictionarySays() {
		for (String[] pair : new String[][] { { "UAM", "유에이엠" }, { "KTX", "케이티엑스" }, { "PCR", "피시알" },
				{ "CBDC", "시비디시" }, { "MOU", "엠오유" }, { "CEO", "시이오" }, { "HBM", "에이치비엠" }, { "IRA", "아이알에이" },
				{ "CCTV", "씨씨티비" } }) {
			assertThat(analyzers.queryTerms(pair[1])).as(pair[1]).isEqualTo(analyzers.queryTerms(pair[0]));
			assertThat(analyzers.queryTerms(pair[1] + "를 도입했다")).as(pair[1] + "를").contains(pair[0].toLowerCase());
		}
		// 유에이엠이: the subject particle, not the letter E.
		assertThat(analyzers.queryTerms("유에이엠이 떴다")).startsWith("uam");
	}

	@Test
	void leavesOrdinaryWordsAlone() {
		assertThat(analyzers.queryTerms("이유 유지 시비")).containsExactly("이유", "유지", "시비");
		assertThat(analyzers.queryTerms("아이디어를 냈다")).contains("아이디어");
		assertThat(analyzers.queryTerms("국토교통부")).containsExactly("국토", "교통", "부");
	}

	@Test
	void explainsWhichWordsWereReadAsAcronyms() {
		assertThat(AcronymReadings.readings("UAM 실증 엠오유를 체결"))
			.containsExactly(new AcronymReadings.Reading("UAM", "유에이엠"), new AcronymReadings.Reading("엠오유", "MOU"));
	}

}
