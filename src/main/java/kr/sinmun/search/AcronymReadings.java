package kr.sinmun.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms and the way Korean reads them aloud, both ways, for any acronym: UAM is 유에이엠, KTX 케이티엑스, PCR
 * 피시알, CBDC 시비디시, and the reverse. News writes both, and a reader types either. The synonym dictionary lists
 * the common ones with their Korean names (UAM = 도심항공교통); this finds the letter-by-letter reading of every
 * other acronym, so a new one (MOU, 엠오유) needs no entry.
 * <p>
 * A query word of two to six Latin letters also searches its Hangul reading; a Hangul word of three or more
 * syllables that spells only letter names (유·에이·엠) also searches the letters. Two-syllable words are left
 * alone: too many common words (이유, 유지, 시비) are two letter names. Both are extra ways for the word to be found,
 * never a requirement, so a reading no article has costs nothing.
 */
final class AcronymReadings {

	/** A query word read the other way: {@code UAM} as {@code 유에이엠}, or {@code 피시알} as {@code pcr}. */
	record Reading(String written, String reading) {
	}

	private static final String[] NAMES = { "에이", "비", "시", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이",
			"엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "제트" };

	// Other spellings readers use for a letter: 씨 (C), 쥐 (G), 에치 (H), 아르 (R), 지 also for Z is left out (G wins).
	private static final Map<String, Character> VARIANTS = Map.of("씨", 'c', "쥐", 'g', "에치", 'h', "아르", 'r');

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,6}");

	// A word after the reading, so that it is also read as a sentence has it (see QuerySynonyms).
	private static final String NEIGHBOUR = "관련";

	private static final int MAX_ALTERNATIVES = 8;

	private AcronymReadings() {
	}

	/** The Hangul reading of Latin letters: {@code UAM} → {@code 유에이엠}. */
	static String hangulOf(String letters) {
		StringBuilder reading = new StringBuilder();
		for (char letter : letters.toUpperCase(Locale.ROOT).toCharArray()) {
			reading.append(NAMES[letter - 'A']);
		}
		return reading.toString();
	}

	/** The letters a Hangul word spells out ({@code 시비디시} → {@code cbdc}), or null if it is not letter names. */
	static String lettersOf(String hangul) {
		if (hangul.length() < 3) {
			return null;
		}
		String letters = parse(hangul, 0);
		return letters != null && letters.length() >= 2 ? letters : null;
	}

	private static String parse(String hangul, int from) {
		if (from == hangul.length()) {
			return "";
		}
		for (int length = Math.min(3, hangul.length() - from); length >= 1; length--) {
			String name = hangul.substring(from, from + length);
			Character letter = letter(name);
			if (letter != null) {
				String rest = parse(hangul, from + length);
				if (rest != null) {
					return letter + rest;
				}
			}
		}
		return null;
	}

	private static Character letter(String name) {
		for (int i = 0; i < NAMES.length; i++) {
			if (NAMES[i].equals(name)) {
				return (char) ('a' + i);
			}
		}
		return VARIANTS.get(name);
	}

	/** The words of {@code text} that read as acronyms the other way. */
	static List<Reading> readings(KoreanAnalyzers analyzers, String text) {
		List<Reading> readings = new ArrayList<>();
		List<KoreanAnalyzers.Span> spans = analyzers.querySpans(text);
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String core = core(text, spans, words.start(), words.end());
			if (core == null) {
				continue;
			}
			String reading = other(core);
			if (reading != null) {
				readings.add(new Reading(core, reading));
			}
		}
		return readings;
	}

	/**
	 * The clauses of a query with each acronym (or its reading) also found by the other way of writing it: the
	 * clauses the word was read into become one clause, with the reading's terms as another alternative.
	 */
	static List<QueryReading.Clause> extend(KoreanAnalyzers analyzers, String text, List<QueryReading.Clause> clauses) {
		List<KoreanAnalyzers.Span> spans = analyzers.querySpans(text);
		List<QueryReading.Clause> extended = new ArrayList<>(clauses);
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			List<String> own = new ArrayList<>(new LinkedHashSet<>(termsWithin(spans, words.start(), words.end())));
			String core = core(text, spans, words.start(), words.end());
			String reading = core == null ? null : other(core);
			if (reading == null || own.isEmpty()) {
				continue;
			}
			int[] run = run(extended, own);
			if (run == null) {
				continue;
			}
			Set<List<String>> alternatives = new LinkedHashSet<>();
			alternatives.add(own);
			if (run[1] - run[0] == 1) {
				alternatives.addAll(extended.get(run[0]).alternatives());
			}
			alternatives.add(analyzers.queryTerms(reading));
			alternatives.add(analyzers.queryTerms(reading + " " + NEIGHBOUR).stream().filter(t -> !t.equals(NEIGHBOUR)).toList());
			alternatives.add(analyzers.queryTerms(core + " " + NEIGHBOUR).stream().filter(t -> !t.equals(NEIGHBOUR)).toList());
			alternatives.removeIf(List::isEmpty);
			List<List<String>> kept = new ArrayList<>(alternatives);
			if (kept.size() > MAX_ALTERNATIVES) {
				kept = kept.subList(0, MAX_ALTERNATIVES);
			}
			for (int i = run[1] - 1; i > run[0]; i--) {
				extended.remove(i);
			}
			extended.set(run[0], new QueryReading.Clause(List.copyOf(kept)));
		}
		return extended;
	}

	// The word without its particle: the text from its first term to its last (유에이엠을 → 유에이엠).
	private static String core(String text, List<KoreanAnalyzers.Span> spans, int start, int end) {
		int from = -1;
		int to = -1;
		for (KoreanAnalyzers.Span span : spans) {
			if (span.start() >= start && span.end() <= end) {
				from = from < 0 ? span.start() : Math.min(from, span.start());
				to = Math.max(to, span.end());
			}
		}
		return from < 0 ? null : text.substring(from, to);
	}

	private static String other(String word) {
		if (LATIN.matcher(word).matches()) {
			return hangulOf(word);
		}
		return word.chars().allMatch(c -> c >= '가' && c <= '힣') ? lettersOf(word) : null;
	}

	private static List<String> termsWithin(List<KoreanAnalyzers.Span> spans, int start, int end) {
		return spans.stream().filter(span -> span.start() >= start && span.end() <= end).map(KoreanAnalyzers.Span::term).toList();
	}

	// The clauses, in a row, whose own terms together are the word's terms: [from, to), or null.
	private static int[] run(List<QueryReading.Clause> clauses, List<String> terms) {
		for (int from = 0; from < clauses.size(); from++) {
			List<String> joined = new ArrayList<>();
			for (int to = from; to < clauses.size() && joined.size() < terms.size(); to++) {
				joined.addAll(clauses.get(to).original());
				if (joined.equals(terms)) {
					return new int[] { from, to + 1 };
				}
			}
		}
		return null;
	}

}
