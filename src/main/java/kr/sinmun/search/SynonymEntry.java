package kr.sinmun.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entry of the desk's synonym dictionary, applied to queries. A {@link Kind#GROUP} is words that find each other
 * (전기차, 전기자동차, EV); an {@link Kind#EXPANSION} is short forms ({@code words}: 국토부) that also find
 * {@code expandsTo} (국토교통부), not the other way round. {@code id} is null for an entry not yet stored.
 */
public record SynonymEntry(Long id, Kind kind, List<String> words, List<String> expandsTo) {

	/** How many words an entry may hold, and how long one may be. */
	public static final int MAX_WORDS = 20;

	public static final int MAX_WORD_LENGTH = 40;

	public SynonymEntry {
		words = clean(words);
		expandsTo = kind == Kind.GROUP ? List.of() : clean(expandsTo);
	}

	/** The two kinds of entry, with the names the newsroom shows. */
	public enum Kind {

		GROUP("동의어 묶음"), EXPANSION("약어 풀이");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Words as a person types them in one field: separated by commas (or 、 and line breaks). */
	public static List<String> split(String text) {
		return text == null ? List.of() : clean(Arrays.asList(text.split("[,，、\\n]")));
	}

	/**
	 * What is wrong with this entry, by field ({@code kind}, {@code words}, {@code expandsTo}), in Korean; empty
	 * when it can be stored. Whether each word means something to search is checked by {@link Search}.
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (kind == null) {
			problems.put("kind", "종류(kind)는 group(동의어 묶음) 또는 expansion(약어 풀이)이어야 합니다.");
			return problems;
		}
		int least = kind == Kind.GROUP ? 2 : 1;
		if (words.size() < least) {
			problems.put("words", kind == Kind.GROUP ? "동의어 묶음에는 낱말(words)을 두 개 이상 쉼표로 나누어 쓰십시오. 예: 전기차, 전기자동차, EV"
					: "줄임말(words)을 쓰십시오. 예: 국토부");
		}
		else if (words.size() > MAX_WORDS) {
			problems.put("words", "낱말(words)은 한 항목에 " + MAX_WORDS + "개까지 쓸 수 있습니다.");
		}
		else if (tooLong(words)) {
			problems.put("words", "낱말(words) 하나는 " + MAX_WORD_LENGTH + "자를 넘을 수 없습니다.");
		}
		else if (repeated(words)) {
			problems.put("words", "같은 낱말(words)을 두 번 쓰지 마십시오.");
		}
		if (kind == Kind.EXPANSION) {
			if (expandsTo.isEmpty()) {
				problems.put("expandsTo", "풀어 쓴 말(expandsTo)을 쓰십시오. 예: 국토교통부");
			}
			else if (expandsTo.size() > MAX_WORDS) {
				problems.put("expandsTo", "풀어 쓴 말(expandsTo)은 한 항목에 " + MAX_WORDS + "개까지 쓸 수 있습니다.");
			}
			else if (tooLong(expandsTo)) {
				problems.put("expandsTo", "풀어 쓴 말(expandsTo) 하나는 " + MAX_WORD_LENGTH + "자를 넘을 수 없습니다.");
			}
			else if (expandsTo.stream().map(SynonymEntry::folded).anyMatch(lowered(words)::contains)) {
				problems.put("expandsTo", "줄임말과 같은 말을 풀어 쓴 말(expandsTo)에 넣을 수 없습니다.");
			}
		}
		return problems;
	}

	/**
	 * The entry's identity among the stored ones: two groups of the same words, or two expansions of the same
	 * short forms, are one entry. The migration that ships the default list computes the same key in SQL.
	 */
	public String key() {
		return kind.name() + ":" + lowered(words).stream().sorted().collect(Collectors.joining(","));
	}

	/** The entry as one line: {@code 전기차 = 전기자동차 = EV} or {@code 국토부 → 국토교통부}. */
	public String describe() {
		return kind == Kind.GROUP ? String.join(" = ", words)
				: String.join(", ", words) + " → " + String.join(", ", expandsTo);
	}

	private static List<String> clean(List<String> words) {
		if (words == null) {
			return List.of();
		}
		return words.stream()
			.filter(word -> word != null)
			.map(word -> word.strip().replaceAll("\\s+", " "))
			.filter(word -> !word.isEmpty())
			.toList();
	}

	private static boolean tooLong(List<String> words) {
		return words.stream().anyMatch(word -> word.length() > MAX_WORD_LENGTH);
	}

	private static boolean repeated(List<String> words) {
		return lowered(words).size() < words.size();
	}

	private static Set<String> lowered(List<String> words) {
		return words.stream().map(SynonymEntry::folded).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String folded(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

}
