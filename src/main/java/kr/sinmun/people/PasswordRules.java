package kr.sinmun.people;

import java.nio.charset.StandardCharsets;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a new password must be, for every door that sets one (the password page, an administrator's reset, a new
 * account, {@code SINMUN_ADMIN_PASSWORD}). bcrypt reads at most 72 bytes: it would silently ignore the rest, so
 * Spring Security refuses longer ones outright, which used to surface as a 500. In UTF-8 that is 72 Latin letters
 * or digits, or 24 Hangul syllables.
 * <p>
 * Length alone let "aaaaaaaaaa" and "1234567890" through. Following NIST SP 800-63B (no composition rules; refuse
 * what is commonly used or easily guessed), a password must also be hard to guess as zxcvbn estimates it (Dropbox's
 * estimator: dictionaries of common passwords, names and words, keyboard runs, repeats, sequences, dates): a
 * score of 3 of 4, under which an offline attacker needs over 10<sup>8</sup> guesses of a slow hash like bcrypt.
 */
public final class PasswordRules {

	public static final int MIN_CHARACTERS = 10;

	public static final int MAX_BYTES = 72;

	static final int MIN_SCORE = 3;

	// Loading its dictionaries takes about half a second, once, when the first password is checked.
	private static final class Estimator {

		static final Zxcvbn ZXCVBN = new Zxcvbn();

	}

	private PasswordRules() {
	}

	/** Why {@code password} cannot be used, in Korean, or {@code null}. */
	public static String problem(String password) {
		if (password == null || password.length() < MIN_CHARACTERS) {
			return "새 비밀번호는 " + MIN_CHARACTERS + "자 이상이어야 합니다.";
		}
		int bytes = password.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			return "새 비밀번호는 " + MAX_BYTES + "바이트(영문·숫자 " + MAX_BYTES + "자, 한글 24자) 이내여야 합니다(지금 " + bytes
					+ "바이트).";
		}
		if (Estimator.ZXCVBN.measure(password).getScore() < MIN_SCORE) {
			return "새 비밀번호가 너무 쉽게 짐작됩니다. 흔한 단어나 같은 글자의 반복, 1234·qwer 같은 연속을 피하고, "
					+ "서로 관계없는 단어 서너 개를 이어 쓰면 외우기 쉬우면서 안전합니다.";
		}
		return null;
	}

	/**
	 * Why {@code password} cannot be used, or why the form that sets it cannot be accepted: a repeated entry
	 * ({@code confirm}) that differs. {@code confirm} is {@code null} where the form asks only once (an
	 * administrator's reset, a new account).
	 */
	public static String problem(String password, String confirm) {
		String problem = problem(password);
		if (problem == null && confirm != null && !password.equals(confirm)) {
			return "새 비밀번호 두 칸이 서로 다릅니다.";
		}
		return problem;
	}

}
