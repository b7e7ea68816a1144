package kr.sinmun.media;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The character pairs a caption is searched by. Korean writes particles onto words (국회에서, 사진=김민수), so
 * the library finds text inside words; the pairs let PostgreSQL's GIN index narrow the rows first, and the exact
 * text is checked after (pairs do not keep their order).
 */
final class CaptionGrams {

	private CaptionGrams() {
	}

	/** The words of a text, in NFC and lower case, split at anything that is not a letter or digit. */
	static List<String> words(String text) {
		String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : normalized.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Every pair of neighbouring characters of every word; a one-character word is its own gram. */
	static Set<String> of(String text) {
		Set<String> grams = new LinkedHashSet<>();
		for (String word : words(text)) {
			grams.addAll(pairs(word));
		}
		return grams;
	}

	static List<String> pairs(String word) {
		int[] points = word.codePoints().toArray();
		if (points.length == 1) {
			return List.of(word);
		}
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i + 1 < points.length; i++) {
			pairs.add(new String(points, i, 2));
		}
		return pairs;
	}

}
