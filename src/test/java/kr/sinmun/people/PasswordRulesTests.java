package kr.sinmun.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

	@Test
	void needsTenCharactersAtLeast() {
		assertThat(PasswordRules.problem("abcdefghij")).isNull();
		assertThat(PasswordRules.problem("abcdefghi")).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
		assertThat(PasswordRules.problem("")).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
		assertThat(PasswordRules.problem(null)).isEqualTo("새 비밀번호는 10자 이상이어야 합니다.");
	}

	@Test
	void refusesWhatBcryptWouldCutAt72BytesCountingHangulAsThreeEach() {
		assertThat(PasswordRules.problem("a".repeat(72))).isNull();
		assertThat(PasswordRules.problem("a".repeat(73))).contains("72바이트", "지금 73바이트");
		assertThat(PasswordRules.problem("한".repeat(24))).isNull();
		assertThat(PasswordRules.problem("한".repeat(25))).contains("지금 75바이트");
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

}
