package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * A text run through an analyzer once, kept as its tokens. Nori is most of the cost of indexing an article,
 * and the body feeds two fields (the highlighted body and the weighted search text); analyzed once, it is
 * replayed to both.
 */
final class AnalyzedText {

	private final String[] terms;

	private final int[] increments;

	private final int[] starts;

	private final int[] ends;

	private final int size;

	private final int finalOffset;

	private final int finalIncrement;

	private AnalyzedText(String[] terms, int[] increments, int[] starts, int[] ends, int size, int finalOffset,
			int finalIncrement) {
		this.terms = terms;
		this.increments = increments;
		this.starts = starts;
		this.ends = ends;
		this.size = size;
		this.finalOffset = finalOffset;
		this.finalIncrement = finalIncrement;
	}

	static AnalyzedText of(Analyzer analyzer, String field, String text) {
		String[] terms = new String[64];
		int[] increments = new int[64];
		int[] starts = new int[64];
		int[] ends = new int[64];
		int size = 0;
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (size == terms.length) {
					terms = Arrays.copyOf(terms, size * 2);
					increments = Arrays.copyOf(increments, size * 2);
					starts = Arrays.copyOf(starts, size * 2);
					ends = Arrays.copyOf(ends, size * 2);
				}
				terms[size] = term.toString();
				increments[size] = increment.getPositionIncrement();
				starts[size] = offset.startOffset();
				ends[size] = offset.endOffset();
				size++;
			}
			stream.end();
			return new AnalyzedText(terms, increments, starts, ends, size, offset.endOffset(),
					increment.getPositionIncrement());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds each term's count, times {@code weight}, to {@code counts}. */
	void countInto(Map<String, Integer> counts, int weight) {
		for (int i = 0; i < size; i++) {
			counts.merge(terms[i], weight, Integer::sum);
		}
	}

	/** A field that stores {@code text} and indexes these tokens, exactly as the analyzer produced them. */
	Field field(String name, String text, IndexableFieldType type) {
		return new Field(name, text, type) {
			@Override
			public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
				return new Replay();
			}
		};
	}

	/** Indexes each term once with the given frequency, for a field indexed with docs and freqs only. */
	static TokenStream termFrequencies(Map<String, Integer> counts) {
		return new TokenStream() {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

			private Iterator<Map.Entry<String, Integer>> next;

			@Override
			public void reset() {
				next = counts.entrySet().iterator();
			}

			@Override
			public boolean incrementToken() {
				clearAttributes();
				if (!next.hasNext()) {
					return false;
				}
				Map.Entry<String, Integer> entry = next.next();
				term.setEmpty().append(entry.getKey());
				frequency.setTermFrequency(entry.getValue());
				return true;
			}

		};
	}

	private final class Replay extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private int next;

		@Override
		public void reset() {
			next = 0;
		}

		@Override
		public boolean incrementToken() {
			if (next == size) {
				return false;
			}
			clearAttributes();
			term.setEmpty().append(terms[next]);
			increment.setPositionIncrement(increments[next]);
			offset.setOffset(starts[next], ends[next]);
			next++;
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			offset.setOffset(finalOffset, finalOffset);
			increment.setPositionIncrement(finalIncrement);
		}

	}

}
