package kr.sinmun.platform;

/**
 * The particle that follows a word, chosen as Korean does by whether the word's last sound closes on a final
 * consonant (받침): 반도체를 but 국토교통부를, 서울을; 관측소 108이 but 관측소 2가. A Hangul syllable carries its
 * final consonant in its code point (U+AC00 + (initial × 21 + medial) × 28 + final); a digit is read as its
 * Sino-Korean name (일, 이, 삼 …). For anything else (Latin letters, symbols) the reading is unknown and both
 * forms are written, 을(를), as Korean software conventionally does.
 */
public final class KoreanParticles {

	// 영 일 이 삼 사 오 육 칠 팔 구: which end on a final consonant.
	private static final boolean[] DIGIT_CLOSED = { true, true, false, true, false, false, true, true, true, false };

	private KoreanParticles() {
	}

	/** 을 or 를 (object). */
	public static String objectOf(String word) {
		return choose(word, "을", "를");
	}

	/** 이 or 가 (subject). */
	public static String subjectOf(String word) {
		return choose(word, "이", "가");
	}

	/** 은 or 는 (topic). */
	public static String topicOf(String word) {
		return choose(word, "은", "는");
	}

	private static String choose(String word, String afterConsonant, String afterVowel) {
		String text = word == null ? "" : word.strip();
		if (text.isEmpty()) {
			return afterConsonant + "(" + afterVowel + ")";
		}
		char last = text.charAt(text.length() - 1);
		if (last >= '\uAC00' && last <= '\uD7A3') {
			return (last - 0xAC00) % 28 != 0 ? afterConsonant : afterVowel;
		}
		if (last >= '0' && last <= '9') {
			return DIGIT_CLOSED[last - '0'] ? afterConsonant : afterVowel;
		}
		return afterConsonant + "(" + afterVowel + ")";
	}

}
