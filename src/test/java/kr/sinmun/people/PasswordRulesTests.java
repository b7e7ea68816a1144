package kr.sinmun.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void needsTenCharactersAtLeast() {
		assertThat(PasswordRules.problem("수박 Tiger 71 gong")).isNull();
		assertThat(PasswordRules.problem("abcdefghi")).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
		assertThat(PasswordRules.problem("")).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
		assertThat(PasswordRules.problem(null)).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
	}

	@Test
	void refusesWhatBcryptWouldCutAt72BytesCountingHangulAsThreeEach() {
		assertThat(PasswordRules.problem("violet-harbor-" + "x7Qm".repeat(14) + "zz")).isNull();
		assertThat(PasswordRules.problem("violet-harbor-" + "x7Qm".repeat(14) + "zzz")).contains("72바이트", "지금 73바이트");
		assertThat(PasswordRules.problem("한강물빛고양이초록바다구름하늘별빛노을새벽들꽃바")).isNull();
		assertThat(PasswordRules.problem("한강물빛고양이초록바다구름하늘별빛노을새벽들꽃바람")).contains("지금 75바이트");
	}

	@Test
	void aRepeatedEntryMustMatchButOnlyOnceThePasswordItselfIsFine() {
		assertThat(PasswordRules.problem("correct horse", "correct horse")).isNull();
		assertThat(PasswordRules.problem("correct horse", "correct hose")).isEqualTo("새 비밀번호 두 칸이 서로 다릅니다.");
		// The password's own problem comes first: there is no point matching a password that cannot be used.
		assertThat(PasswordRules.problem("short", "other")).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
	}

	@Test
	void formsThatAskOnceHaveNothingToMatch() {
		assertThat(PasswordRules.problem("correct horse", null)).isNull();
		assertThat(PasswordRules.problem("short", null)).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
	}

	@Test
	void refusesWhatIsEasilyGuessedWhateverItsLength() {
		for (String weak : new String[] { "aaaaaaaaaa", "1234567890", "password12", "qwertyuiop", "admin12345",
				"abcdefghij", "a".repeat(72) }) {
			assertThat(PasswordRules.problem(weak)).as(weak).startsWith("새 비밀번호가 너무 쉽게 짐작됩니다.");
		}
		// Unrelated words strung together are easy to remember and hard to guess.
		assertThat(PasswordRules.problem("purple-kettle-sunrise")).isNull();
		assertThat(PasswordRules.problem("우체국 자전거 8월 소나기")).isNull();
	}

}
