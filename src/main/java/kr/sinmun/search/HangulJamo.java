package kr.sinmun.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Words spelled in jamo, for measuring typos as Korean readers make them. A Hangul syllable is three letters, the
 * initial, medial and final (초성·중성·종성): 젼 and 전 differ in one vowel, 싼 and 산 in one initial, but as syllables
 * every such slip is a whole character wrong. Spelled in jamo, one slip is one edit, and Lucene's Levenshtein
 * automata (FuzzyQuery, DirectSpellChecker) measure typos in jamo as they measure them in Latin letters.
 * <p>
 * Unicode's canonical decomposition (NFD) spells each syllable as conjoining jamo (전 → ᄌ ᅥ ᆫ) and NFC joins them
 * again, both by the Unicode algorithm rather than a table of our own. This is the approach of Korean spell
 * checkers built on Lucene and Elasticsearch (a jamo field with fuzzy matching over it).
 */
final class HangulJamo {

	// Particles a word may carry; a word is also kept without one, so 삼성전자가 and 삼성전자 are both known.
	private static final List<String> PARTICLES = List.of("에서는", "으로는", "에게서", "으로써", "으로서", "까지", "부터",
			"에서", "에게", "으로", "처럼", "보다", "에는", "에도", "과의", "와의", "이나", "은", "는", "이", "가", "을", "를",
			"의", "에", "와", "과", "도", "만", "로");

	private HangulJamo() {
	}

	static String spell(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD);
	}

	static String join(String jamo) {
		return Normalizer.normalize(jamo, Normalizer.Form.NFC);
	}

	/** The word without a trailing particle, if it has one and at least two syllables are left; else the word. */
	static String withoutParticle(String word) {
		for (String particle : PARTICLES) {
			if (word.length() >= particle.length() + 2 && word.endsWith(particle)) {
				return word.substring(0, word.length() - particle.length());
			}
		}
		return word;
	}

	/** Indexes each word in jamo, and the word without its particle at the same position. */
	static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private String pending;

		Filter(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (pending != null) {
				term.setEmpty().append(pending);
				increment.setPositionIncrement(0);
				pending = null;
				return true;
			}
			if (!input.incrementToken()) {
				return false;
			}
			String word = term.toString();
			String stem = withoutParticle(word);
			pending = stem.equals(word) ? null : spell(stem);
			term.setEmpty().append(spell(word));
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			pending = null;
		}

	}

}
