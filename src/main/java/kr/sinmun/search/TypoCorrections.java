package kr.sinmun.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Typos corrected against the words articles contain, measured in jamo ({@link HangulJamo}): 국토교통뷰 is one vowel
 * from 국토교통부, 삼성젼자 one from 삼성전자, 부동싼 one initial from 부동산. A word no article contains is looked up
 * in the jamo field with Lucene's {@link DirectSpellChecker} (a Levenshtein automaton over the terms, the
 * approach Lucene documents for spelling suggestions), allowing one jamo edit in a short word and two in a long
 * one; the closest word wins, then the commonest. The particle the reader typed is kept (삼성젼자가 → 삼성전자가).
 * <p>
 * Corrections are searched only when the query as typed finds little, and what they find is ranked after
 * everything the query as typed found ({@link #after}); the same correction is offered as "혹시 … 찾으셨나요?".
 */
final class TypoCorrections {

	/** One word corrected: as typed, and as an article spells it. */
	record Correction(String typed, String corrected) {
	}

	/** The query with its corrections applied ({@code text}), and each correction. */
	record Corrected(String text, List<Correction> corrections) {
	}

	// Below this many results for the query as typed, its words are checked for typos.
	static final int FEW = 3;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MAX_WORDS = 8;

	private TypoCorrections() {
	}

	/**
	 * The query with each word no article contains replaced by the closest one that some article does; null if none.
	 * A word is taken as mistyped only if no article has it as written (or without its particle), and fewer than
	 * {@link #FEW} articles have the morphemes Nori reads in it (none, for a word of one or two syllables): 사기 in
	 * 전세 사기 is written 전세사기 in articles, but its morpheme is there, so it is no typo. Words with digits (codes, amounts) and very long runs are
	 * left as typed.
	 */
	static Corrected of(IndexSearcher searcher, KoreanAnalyzers analyzers, String text) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		DirectSpellChecker checker = new DirectSpellChecker();
		// A typo in the first jamo is rare and would make the lookup walk every term; Lucene's default keeps it.
		checker.setMinPrefix(1);
		checker.setMinQueryLength(4);
		checker.setAccuracy(0.6f);
		StringBuilder corrected = new StringBuilder();
		List<Correction> corrections = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		int last = 0;
		int seen = 0;
		while (words.find() && seen++ < MAX_WORDS) {
			corrected.append(text, last, words.start());
			String word = words.group();
			String replacement = mistyped(searcher, analyzers, word) ? correct(reader, checker, word) : null;
			if (replacement != null) {
				corrections.add(new Correction(word, replacement));
			}
			corrected.append(replacement == null ? word : replacement);
			last = words.end();
		}
		corrected.append(text, last, text.length());
		return corrections.isEmpty() ? null : new Corrected(corrected.toString(), List.copyOf(corrections));
	}

	private static boolean mistyped(IndexSearcher searcher, KoreanAnalyzers analyzers, String word) throws IOException {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() < 2 || lower.length() > MAX_LENGTH || lower.chars().anyMatch(Character::isDigit)) {
			return false;
		}
		IndexReader reader = searcher.getIndexReader();
		if (known(reader, lower) || known(reader, HangulJamo.withoutParticle(lower))) {
			return false;
		}
		List<String> terms = analyzers.queryTerms(word);
		// CASE: a short word is one edit from many others; it counts as mistyped only if nothing has its morphemes.
		int few = HangulJamo.spell(lower).length() < 6 ? 1 : FEW;
		return terms.isEmpty() || searcher.count(SearchEngine.textQuery(terms, true)) < few;
	}

	// Longer runs are pasted text, not a mistyped word; the automaton for them would be costly to build.
	private static final int MAX_LENGTH = 20;

	private static String correct(IndexReader reader, DirectSpellChecker checker, String word) throws IOException {
		String lower = word.toLowerCase(Locale.ROOT);
		String stem = HangulJamo.withoutParticle(lower);
		String jamo = HangulJamo.spell(stem);
		checker.setMaxEdits(jamo.length() >= 8 ? 2 : 1);
		SuggestWord[] found = checker.suggestSimilar(new Term(ArticleDocuments.JAMO, jamo), 1, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		if (found.length == 0) {
			return null;
		}
		return HangulJamo.join(found[0].string) + lower.substring(stem.length());
	}

	private static boolean known(IndexReader reader, String word) throws IOException {
		return reader.docFreq(new Term(ArticleDocuments.JAMO, HangulJamo.spell(word))) > 0;
	}

	/**
	 * The results of the query as typed, then those only the corrected query found: a correction never ranks above
	 * what was found as typed. {@code total} counts both without repeats.
	 */
	static TopDocs after(TopDocs typed, TopDocs corrected, long total, int wanted) {
		List<ScoreDoc> merged = new ArrayList<>(Arrays.asList(typed.scoreDocs));
		Set<Integer> seen = new HashSet<>();
		merged.forEach(doc -> seen.add(doc.doc));
		for (ScoreDoc doc : corrected.scoreDocs) {
			if (merged.size() >= wanted) {
				break;
			}
			if (seen.add(doc.doc)) {
				merged.add(doc);
			}
		}
		return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), merged.toArray(ScoreDoc[]::new));
	}

}
