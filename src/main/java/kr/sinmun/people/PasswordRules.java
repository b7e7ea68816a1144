package kr.sinmun.people;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must be, for every door that sets one (the password page, an administrator's reset, a new
 * account, {@code SINMUN_ADMIN_PASSWORD}). bcrypt reads at most 72 bytes: it would silently ignore the rest, so
 * Spring Security refuses longer ones outright, which used to surface as a 500. In UTF-8 that is 72 Latin letters
 * or digits, or 24 Hangul syllables.
 */
public final class PasswordRules {

	public static final int MIN_CHARACTERS = 10;

	public static final int MAX_BYTES = 72;

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
