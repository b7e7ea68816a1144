package kr.sinmun.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenCharactersTests {

	@Test
	void allowsKoreanTextLineBreaksAndEmoji() {
		String text = "국회 예산안 통과…\t“지방교부세 증액”\r\n😀 ① ￼ \uFFFD";
		assertThat(ForbiddenCharacters.find(text)).isEqualTo(-1);
		assertThat(ForbiddenCharacters.strip(text)).isSameAs(text);
		assertThat(ForbiddenCharacters.problem("제목", text)).isNull();
	}

	@Test
	void findsWhatXmlForbidsAndNamesIt() {
		assertThat(ForbiddenCharacters.problem("제목", "속보\u0000")).startsWith("제목에 쓸 수 없는 문자(U+0000)가 들어 있습니다.");
		assertThat(ForbiddenCharacters.problem("제목", "속보\uFFFF")).contains("U+FFFF");
		assertThat(ForbiddenCharacters.problem("제목", "속보\uFFFE")).contains("U+FFFE");
		assertThat(ForbiddenCharacters.problem("제목", "속보\u001B[0m")).contains("U+001B");
		assertThat(ForbiddenCharacters.problem("제목", "속보\uD83D")).contains("U+D83D");
		assertThat(ForbiddenCharacters.problem("제목", "\uDE00속보")).contains("U+DE00");
		assertThat(ForbiddenCharacters.problem("제목", "\uDE00\uD83D")).contains("U+DE00");
	}

	@Test
	void stripDropsOnlyTheForbiddenCharacters() {
		assertThat(ForbiddenCharacters.strip("검사\uFFFF결과\uFFFE 발표\u0001\u001F")).isEqualTo("검사결과 발표");
		assertThat(ForbiddenCharacters.strip("a\uD800b😀c\uDC00")).isEqualTo("ab😀c");
		assertThat(ForbiddenCharacters.strip("\u0000")).isEmpty();
	}

}
