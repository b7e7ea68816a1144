package kr.sinmun.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanAnalyzersTests {

	private final KoreanAnalyzers analyzers = new KoreanAnalyzers(null);

	@Test
	void dropsParticlesSoEveryFormOfANounIsTheSameTerm() {
		assertThat(analyzers.queryTerms("법인")).containsExactly("법인");
		assertThat(analyzers.queryTerms("법인을")).containsExactly("법인");
		assertThat(analyzers.queryTerms("법인이")).containsExactly("법인");
	}

	@Test
	void reducesInflectedVerbsToTheirStem() {
		List<String> plain = analyzers.queryTerms("설립하다");
		assertThat(analyzers.queryTerms("설립했다")).isEqualTo(plain);
		assertThat(analyzers.queryTerms("설립하고")).isEqualTo(plain);
		assertThat(analyzers.queryTerms("올랐다")).isEqualTo(analyzers.queryTerms("오르다"));
	}

	@Test
	void findsCompoundsWrittenWithOrWithoutSpaces() {
		assertThat(analyzers.queryTerms("데이터센터")).isEqualTo(analyzers.queryTerms("데이터 센터"));
		assertThat(analyzers.queryTerms("전세사기")).isEqualTo(analyzers.queryTerms("전세 사기"));
	}

	@Test
	void keepsLatinAndNumbersSearchableAndReadsHanja() {
		assertThat(analyzers.queryTerms("AI")).containsExactly("ai");
		assertThat(analyzers.queryTerms("5G")).contains("5", "g");
		assertThat(analyzers.queryTerms("K팝")).contains("k", "팝");
		assertThat(analyzers.queryTerms("韓")).containsExactly("한");
	}

	@Test
	void treatsQuerySyntaxAsText() {
		assertThat(analyzers.queryTerms("\"*(:-")).isEmpty();
		assertThat(analyzers.queryTerms("금리:(인상*) -동결")).contains("금리", "인상", "동결");
	}

	@Test
	void theNewsroomDictionaryKeepsANameWhole() {
		assertThat(new KoreanAnalyzers(null).queryTerms("새솔바이오")).doesNotContain("새솔바이오");
		KoreanAnalyzers withName = new KoreanAnalyzers(
				SearchDictionary.userDictionary(List.of(new DictionaryWord("새솔바이오", null))));
		assertThat(withName.queryTerms("새솔바이오가")).containsExactly("새솔바이오");
	}

}
