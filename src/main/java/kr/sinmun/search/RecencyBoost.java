package kr.sinmun.search;

import java.io.IOException;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild preference for recent news: a score is multiplied by up to 1.25 for today's articles, fading with a
 * 30-day time constant. Relevance still decides when the difference is large; recency decides when it is close.
 */
final class RecencyBoost extends DoubleValuesSource {

	private static final double MAX_BONUS = 0.25;

	private static final double DAYS = 30;

	private final long now;

	RecencyBoost(long now) {
		this.now = now;
	}

	static double factor(long ageMillis) {
		double ageDays = Math.max(0, ageMillis) / 86_400_000d;
		return 1 + MAX_BONUS * Math.exp(-ageDays / DAYS);
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
		return new DoubleValues() {

			private double value = 1;

			@Override
			public double doubleValue() {
				return value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				value = published.advanceExact(doc) ? factor(now - published.longValue()) : 1;
				return true;
			}
		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return false;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(now);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecencyBoost boost && boost.now == now;
	}

	@Override
	public String toString() {
		return "recency(" + now + ")";
	}

}
