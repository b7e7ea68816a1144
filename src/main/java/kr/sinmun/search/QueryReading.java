package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * How a query's text was read: the terms Nori made of it ({@code tokens}), and the {@code clauses} searched, one
 * per word or phrase of the query, each with the ways it may be found. A clause's alternatives come from the
 * synonym dictionary: {@code 국토부} (국토 부) may also be found as {@code 국토교통부} (국토 교통 부). Each alternative is
 * a list of terms an article must all contain; the first is the query's own.
 */
record QueryReading(List<Token> tokens, List<Clause> clauses) {

	/** A term of the query ({@code 북}) and the text it was read from ({@code 北}). */
	record Token(String written, String term) {

		/** Whether Nori read hanja as Hangul here (北 → 북). */
		boolean hanjaRead() {
			return !written.equals(term) && written.codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		}

	}

	/** One part of the query and the alternatives it may be found by, the query's own first. */
	record Clause(List<List<String>> alternatives) {

		List<String> original() {
			return alternatives.get(0);
		}

		boolean expanded() {
			return alternatives.size() > 1;
		}

	}

	// A query of many words times many synonyms could grow without bound; past these the rest is left out.
	private static final int MAX_CLAUSES = 32;

	private static final int MAX_ALTERNATIVES = 8;

	static QueryReading of(KoreanAnalyzers analyzers, SynonymMap synonyms, String text) {
		List<Token> tokens = analyzers.queryTokens(text);
		List<String> terms = tokens.stream().map(Token::term).toList();
		List<Clause> clauses = new ArrayList<>();
		if (synonyms == null || synonyms.fst == null || terms.isEmpty()) {
			terms.forEach(term -> clauses.add(new Clause(List.of(List.of(term)))));
			return new QueryReading(tokens, clauses);
		}
		try (TokenStream stream = new SynonymGraphFilter(new Terms(terms), synonyms, false)) {
			stream.reset();
			GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
			int[] points = graph.articulationPoints();
			int start = 0;
			Set<Set<List<String>>> seen = new LinkedHashSet<>();
			for (int i = 0; i <= points.length && clauses.size() < MAX_CLAUSES; i++) {
				int end = i < points.length ? points[i] : -1;
				List<List<String>> alternatives = new ArrayList<>();
				if (graph.hasSidePath(start)) {
					for (Iterator<TokenStream> paths = graph.getFiniteStrings(start, end); paths.hasNext();) {
						alternatives.add(termsOf(paths.next()));
					}
				}
				else {
					for (AttributeSource term : graph.getTerms(start)) {
						alternatives.add(List.of(term.getAttribute(TermToBytesRefAttribute.class).getBytesRef().utf8ToString()));
					}
				}
				start = end;
				List<List<String>> ordered = originalFirst(alternatives, terms);
				if (!ordered.isEmpty() && seen.add(Set.copyOf(ordered))) {
					clauses.add(new Clause(ordered));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new QueryReading(tokens, clauses);
	}

	/** Every term a search may look up, in order, without repeats. */
	List<String> terms() {
		Set<String> terms = new LinkedHashSet<>();
		clauses.forEach(clause -> clause.alternatives().forEach(terms::addAll));
		return new ArrayList<>(terms);
	}

	// The query's own words lead (the longest run of them, when a synonym matched inside a longer one), then the
	// dictionary's alternatives in the order the map gave them, without repeats.
	private static List<List<String>> originalFirst(List<List<String>> alternatives, List<String> query) {
		List<List<String>> distinct = new ArrayList<>(new LinkedHashSet<>(alternatives));
		List<String> original = null;
		for (List<String> alternative : distinct) {
			if (Collections.indexOfSubList(query, alternative) >= 0
					&& (original == null || alternative.size() > original.size())) {
				original = alternative;
			}
		}
		if (original != null) {
			distinct.remove(original);
			distinct.add(0, original);
		}
		return distinct.size() > MAX_ALTERNATIVES ? List.copyOf(distinct.subList(0, MAX_ALTERNATIVES)) : distinct;
	}

	private static List<String> termsOf(TokenStream path) throws IOException {
		List<String> terms = new ArrayList<>();
		TermToBytesRefAttribute term = path.addAttribute(TermToBytesRefAttribute.class);
		path.reset();
		while (path.incrementToken()) {
			terms.add(term.getBytesRef().utf8ToString());
		}
		path.end();
		path.close();
		return terms;
	}

	/** The query's terms, one position each, for the synonym filter to match against. */
	private static final class Terms extends TokenStream {

		private final List<String> terms;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private int next;

		Terms(List<String> terms) {
			this.terms = terms;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (next == terms.size()) {
				return false;
			}
			clearAttributes();
			term.setEmpty().append(terms.get(next++));
			return true;
		}

	}

}
