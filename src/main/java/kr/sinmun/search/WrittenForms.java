package kr.sinmun.search;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Writes amounts, units and acronyms read aloud one way before Nori reads the text, at index and query time alike, so that equal
 * amounts meet on one term: 2조5000억원, 2조 5천억 원 and 2.5조 원 are all {@code 2500000000000 원}; 1만2000명 and
 * 12,000명 are {@code 12000 명}; 500메가와트 is 500MW; 35℃ and 섭씨 35도 are 35도; 84㎡ is 84제곱미터; 3Q and 3/4분기
 * are 3분기; 유에이엠 and 시비디시를 are UAM and CBDC를 ({@link AcronymReadings}).
 * <p>
 * Measured on Nori 9.12 before this filter: it splits 2.5 and 12,000 at the punctuation (2 + 5, 12 + 000), drops
 * ℃ and ㎡ altogether, and reads 기가와트 as 기가 + 트 (와 taken for a particle), so none of these forms met.
 * <p>
 * A rewritten span keeps its offsets in the original text (BaseCharFilter's correction map), so highlighting
 * still marks what the article wrote.
 */
final class WrittenForms extends BaseCharFilter {

	// A Korean amount: numbers with the units 조, 억, 만 (groups of four digits) and 천, 백 within a group,
	// optionally spaced after a unit (2조 5천억); or a number with thousands separators (12,000). Not after 제
	// (제3조 is an article of a law) nor inside a longer number or a decimal.
	// Every pattern starts with what it must find (a digit, 섭씨), so the scan skips other text quickly; what must
	// not come before a match is checked in code (a lookbehind first would be tried at every character).
	private static final Pattern AMOUNT = Pattern.compile(
			"(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)[천백]?"
					+ "(?:[조억만](?:\\s(?=\\d+(?:\\.\\d+)?[천백만억]))?)?)+");

	private static final Pattern PIECE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[천백조억만]");

	private static final Map<String, Long> UNITS = Map.of("천", 1_000L, "백", 100L, "만", 10_000L, "억",
			100_000_000L, "조", 1_000_000_000_000L);

	// Units after a number, read one way. Latin symbols for power and energy (Nori keeps a Latin run whole,
	// but splits 기가와트 into 기가 + 트), Hangul for area (Nori drops ㎡), 도 for temperature.
	private static final Pattern UNIT = Pattern.compile(
			"\\d\\s?(?:(메가와트시|MWh|㎿h)|(기가와트시|GWh)|(킬로와트시|kWh|㎾h)|(메가와트|MW|㎿)|(기가와트|GW)"
					+ "|(킬로와트|kW|㎾)|(킬로미터|km|㎞)|(킬로그램|kg|㎏)|(제곱미터|㎡|m²|m2)|(℃|°C|도씨))(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private static final String[] UNIT_FORMS = { "MWh", "GWh", "kWh", "MW", "GW", "kW", "km", "kg", "제곱미터", "도" };

	// 섭씨 35도 is 35도; 3Q, 3/4분기 and 3분기 are one quarter.
	private static final Pattern CELSIUS = Pattern.compile("섭씨\\s?(?=-?\\d+(?:\\.\\d+)?\\s?(?:도|℃|°C))");

	private static final Pattern QUARTER = Pattern.compile("([1-4])(?:Q|/4\\s?분기)(?![A-Za-z])",
			Pattern.CASE_INSENSITIVE);

	private final Reader source;

	private String output;

	private int next;

	WrittenForms(Reader input) {
		super(input);
		this.source = input;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (output == null) {
			StringBuilder text = new StringBuilder();
			char[] chunk = new char[4096];
			for (int read; (read = source.read(chunk)) != -1;) {
				text.append(chunk, 0, read);
			}
			Rewritten rewritten = rewrite(text.toString());
			output = rewritten.text();
			int[] corrections = rewritten.corrections();
			for (int i = 0; i < corrections.length; i += 2) {
				addOffCorrectMap(corrections[i], corrections[i + 1]);
			}
		}
		if (next >= output.length()) {
			return -1;
		}
		int count = Math.min(length, output.length() - next);
		output.getChars(next, next + count, buffer, offset);
		next += count;
		return count;
	}

	/**
	 * {@code text} with its amounts and units written one way, and the offset corrections for each change: pairs
	 * of (offset in the output, cumulative difference to the input offset), as {@link BaseCharFilter} wants them.
	 */
	record Rewritten(String text, int[] corrections) {
	}

	/** An amount, unit or acronym written one way: {@code 2조 5천억} as {@code 2500000000000}. */
	record Change(String written, String as, Kind kind) {
	}

	enum Kind {

		NUMBER, ACRONYM

	}

	/** What {@link #rewrite} changes in {@code text}, in order. */
	static List<Change> changes(String text) {
		List<Change> changes = new ArrayList<>();
		int last = 0;
		for (Edit edit : edits(text)) {
			if (edit.start() >= last) {
				changes.add(new Change(text.substring(edit.start(), edit.end()), edit.with(), edit.kind()));
				last = edit.end();
			}
		}
		return changes;
	}

	static Rewritten rewrite(String text) {
		List<Edit> edits = edits(text);
		if (edits.isEmpty()) {
			return new Rewritten(text, new int[0]);
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		List<Integer> corrections = new ArrayList<>();
		int cumulative = 0;
		int last = 0;
		for (Edit edit : edits) {
			if (edit.start() < last) {
				continue; // overlapping matches: the first one wins
			}
			out.append(text, last, edit.start());
			int removed = edit.end() - edit.start();
			int start = out.length();
			out.append(edit.with());
			if (edit.with().length() < removed) {
				cumulative += removed - edit.with().length();
				corrections.add(out.length());
				corrections.add(cumulative);
			}
			else {
				// Extra characters all map to the end of what they replace.
				for (int i = removed; i < edit.with().length(); i++) {
					corrections.add(start + i + 1);
					corrections.add(--cumulative);
				}
			}
			last = edit.end();
		}
		out.append(text, last, text.length());
		return new Rewritten(out.toString(), corrections.stream().mapToInt(Integer::intValue).toArray());
	}

	private static List<Edit> edits(String text) {
		List<Edit> edits = new ArrayList<>();
		if (text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
			collect(CELSIUS.matcher(text), 0, matcher -> "", edits);
			collect(QUARTER.matcher(text), 0, matcher -> after(text, matcher.start(), "0123456789/") ? matcher.group(1) + "분기" : null,
					edits);
			// The digit before a unit is matched only to anchor it: the edit starts after it.
			collect(UNIT.matcher(text), 1, matcher -> {
				for (int group = 1; group <= UNIT_FORMS.length; group++) {
					if (matcher.group(group) != null) {
						return UNIT_FORMS[group - 1];
					}
				}
				return null;
			}, edits);
			collect(AMOUNT.matcher(text), 0,
					matcher -> after(text, matcher.start(), "0123456789.,제") ? amount(matcher) : null, edits);
		}
		acronyms(text, edits);
		edits.sort(Comparator.comparingInt(Edit::start));
		return edits;
	}

	private record Edit(int start, int end, String with, Kind kind) {
	}

	// {@code skip}: how many characters of the match are context, not part of what is replaced.
	private static void collect(Matcher matcher, int skip, Function<Matcher, String> replacement, List<Edit> edits) {
		while (matcher.find()) {
			String with = replacement.apply(matcher);
			int start = matcher.start() + skip;
			if (with != null && !with.equals(matcher.group().substring(skip))) {
				edits.add(new Edit(start, matcher.end(), with, Kind.NUMBER));
			}
		}
	}

	// Whether the character before {@code start} is none of {@code excluded} (or there is none).
	private static boolean after(String text, int start, String excluded) {
		return start == 0 || excluded.indexOf(text.charAt(start - 1)) < 0;
	}

	// Runs of three or more Hangul syllables, not touching Latin letters or digits, that AcronymReadings reads as
	// letter names. A plain loop: most runs are rejected by their first syllable.
	private static void acronyms(String text, List<Edit> edits) {
		int length = text.length();
		for (int i = 0; i < length;) {
			if (!hangul(text.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < length && hangul(text.charAt(end))) {
				end++;
			}
			boolean alone = (i == 0 || !latinOrDigit(text.charAt(i - 1))) && (end == length || !latinOrDigit(text.charAt(end)));
			if (alone && end - i >= 3 && AcronymReadings.mayStartReading(text.charAt(i))) {
				AcronymReadings.Spelled spelled = AcronymReadings.spelled(text.substring(i, end));
				if (spelled != null) {
					edits.add(new Edit(i, i + spelled.length(), spelled.letters().toUpperCase(Locale.ROOT), Kind.ACRONYM));
				}
			}
			i = end;
		}
	}

	private static boolean hangul(char c) {
		return c >= '가' && c <= '힣';
	}

	private static boolean latinOrDigit(char c) {
		return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
	}

	/** The amount a match spells, as plain digits; null to leave it as written. */
	static String amount(Matcher matcher) {
		String written = matcher.group();
		Matcher pieces = PIECE.matcher(written);
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal group = BigDecimal.ZERO;
		BigDecimal current = null;
		long lastBig = Long.MAX_VALUE;
		boolean unit = false;
		while (pieces.find()) {
			String piece = pieces.group();
			Long value = UNITS.get(piece);
			if (value == null) {
				if (current != null) {
					return null; // two numbers in a row (2 5000): not one amount
				}
				current = new BigDecimal(piece.replace(",", ""));
				unit |= piece.contains(",");
			}
			else if (value < 10_000) {
				group = group.add((current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(value)));
				current = null;
				unit = true;
			}
			else {
				if (value >= lastBig) {
					return null; // 5000억 2조: units must get smaller
				}
				group = group.add(current == null ? BigDecimal.ZERO : current);
				if (group.signum() == 0) {
					group = BigDecimal.ONE;
				}
				total = total.add(group.multiply(BigDecimal.valueOf(value)));
				group = BigDecimal.ZERO;
				current = null;
				lastBig = value;
				unit = true;
			}
		}
		if (!unit) {
			return null;
		}
		total = total.add(group).add(current == null ? BigDecimal.ZERO : current);
		return total.stripTrailingZeros().toPlainString();
	}

}
