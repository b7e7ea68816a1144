package kr.sinmun.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms and the way Korean reads them aloud, both ways, for any acronym: UAM is 유에이엠, KTX 케이티엑스, PCR
 * 피시알, CBDC 시비디시, and the reverse. News writes both, and a reader types either. The synonym dictionary lists
 * the common ones with their Korean names (UAM = 도심항공교통); this finds the letter-by-letter reading of every
 * other acronym, so a new one (MOU, 엠오유) needs no entry. Digits in an acronym are read in English, as Korean
 * news does: 5G 파이브지, 3D 쓰리디, K2 케이투.
 * <p>
 * Nori cannot be relied on for the readings: it splits them by their neighbours and drops pieces it takes for
 * interjections or particles (시이오 is read 오, 아이알에이 알, 케이비오 이비오). So {@link WrittenForms} writes every
 * Hangul word of three or more syllables that spells only letter names (유·에이·엠, with or without a particle)
 * in Latin letters before Nori reads it, in articles and queries alike: 유에이엠 and UAM are then one term. Two-
 * syllable words are left alone: too many common words (이유, 유지, 시비) are two letter names. A longer common word
 * that happens to be letter names (비디오) is written the same way in articles and queries, so it still finds itself.
 */
final class AcronymReadings {

	/** A query word read the other way: {@code UAM} as {@code 유에이엠}, or {@code 피시알} as {@code pcr}. */
	record Reading(String written, String reading) {
	}

	private static final String[] NAMES = { "에이", "비", "시", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이",
			"엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트" };

	// Other spellings readers use: 씨 (C), 쥐 (G), 에치 (H), 아르 (R), and 티비 for TV (씨씨티비 is CCTV, not CCTB).
	// 지 for Z is left out: G wins.
	private static final Map<String, String> VARIANTS = Map.of("씨", "c", "쥐", "g", "에치", "h", "아르", "r", "티비", "tv");

	// Digits inside an acronym are read in English (5G 파이브지, 3D 쓰리디, K2 케이투, A4 에이포). A reading must also
	// hold a letter: 원투쓰리 is no acronym.
	private static final String[] DIGITS = { "제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에잇", "나인" };

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	// Latin capitals and digits, two to six, with a letter among them: UAM, 5G, K2 (2025 is a number, not this).
	private static final Pattern LATIN = Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,6}");

	private AcronymReadings() {
	}

	/** Whether a reading may start with this syllable (the first syllable of some letter's name). */
	static boolean mayStartReading(char syllable) {
		return FIRST_SYLLABLES.indexOf(syllable) >= 0;
	}

	private static final String FIRST_SYLLABLES = firstSyllables();

	private static String firstSyllables() {
		StringBuilder first = new StringBuilder();
		for (String name : NAMES) {
			first.append(name.charAt(0));
		}
		VARIANTS.keySet().forEach(name -> first.append(name.charAt(0)));
		for (String digit : DIGITS) {
			first.append(digit.charAt(0));
		}
		return first.toString();
	}

	/** The Hangul reading of Latin letters and digits: {@code UAM} → {@code 유에이엠}, {@code 5G} → {@code 파이브지}. */
	static String hangulOf(String letters) {
		StringBuilder reading = new StringBuilder();
		for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
			reading.append(letter >= '0' && letter <= '9' ? DIGITS[letter - '0'] : NAMES[letter - 'A']);
		}
		return reading.toString();
	}

	/** The letters a Hangul word spells out ({@code 시비디시} → {@code cbdc}), or null if it is not letter names. */
	static String lettersOf(String hangul) {
		if (hangul.length() < 3 || hangul.length() > 16) {
			return null; // longer runs are no acronym, and would make the search for a spelling slow
		}
		String letters = parse(hangul, 0);
		return letters != null && letters.length() >= 2 && letters.chars().anyMatch(Character::isLetter) ? letters : null;
	}

	private static String parse(String hangul, int from) {
		if (from == hangul.length()) {
			return "";
		}
		for (int length = Math.min(3, hangul.length() - from); length >= 1; length--) {
			String name = hangul.substring(from, from + length);
			String letter = letter(name);
			if (letter != null) {
				String rest = parse(hangul, from + length);
				if (rest != null) {
					return letter + rest;
				}
			}
		}
		return null;
	}

	private static String letter(String name) {
		String variant = VARIANTS.get(name);
		if (variant != null) {
			return variant;
		}
		for (int i = 0; i < NAMES.length; i++) {
			if (NAMES[i].equals(name)) {
				return String.valueOf((char) ('a' + i));
			}
		}
		for (int i = 0; i < DIGITS.length; i++) {
			if (DIGITS[i].equals(name)) {
				return String.valueOf((char) ('0' + i));
			}
		}
		return null;
	}

	/**
	 * The words of {@code text} that read as acronyms the other way: {@code UAM} (also found where articles write
	 * 유에이엠) and {@code 유에이엠을} (searched as UAM). For explaining a query.
	 */
	static List<Reading> readings(String text) {
		List<Reading> readings = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			if (LATIN.matcher(word).matches()) {
				readings.add(new Reading(word, hangulOf(word)));
			}
			else {
				Spelled spelled = spelled(word);
				if (spelled != null) {
					readings.add(new Reading(word.substring(0, spelled.length()), spelled.letters().toUpperCase(Locale.ROOT)));
				}
			}
		}
		return readings;
	}

	/** Letters a Hangul word spells out, and how many of its characters spell them (the rest is a particle). */
	record Spelled(String letters, int length) {
	}

	// Particles that may follow a reading; 이 is tried before the letter E, since 유에이엠이 is UAM with its particle.
	private static final List<String> PARTICLES = List.of("에서", "에게", "으로", "까지", "부터", "처럼", "보다", "이", "가",
			"을", "를", "은", "는", "의", "에", "와", "과", "도", "로", "만", "");

	/** The letters a whole Hangul word (with or without a particle) spells, or null. */
	static Spelled spelled(String word) {
		if (!word.chars().allMatch(c -> c >= '가' && c <= '힣')) {
			return null;
		}
		for (String particle : PARTICLES) {
			if (word.endsWith(particle)) {
				String stem = word.substring(0, word.length() - particle.length());
				String letters = lettersOf(stem);
				if (letters != null) {
					return new Spelled(letters, stem.length());
				}
			}
		}
		return null;
	}

}
