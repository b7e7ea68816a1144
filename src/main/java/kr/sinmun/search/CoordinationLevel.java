package kr.sinmun.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreCachingWrappingScorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * One part of a query that ranks by coordination level: an article scores {@link #LEVEL} for each part it has,
 * plus the parts' BM25 sum, so that the sum ranks first by how many of the parts an article has and then by
 * BM25 (Salton's coordination-level matching, which Lucene applied as {@code coord} until 7.0).
 * <p>
 * Carried in the score, the level is something Lucene's top-k scorers can skip by: each part's maximum score is
 * its BM25 maximum plus {@code LEVEL}, so once the page is full of articles with seven parts, WAND and MaxScore
 * pass over every article that cannot have seven without reading it whole. The same ranking computed after the
 * fact would have to read all the postings (eight-word queries of common words on 100,000 articles: about 2 ms
 * a query this way, 4–5 ms reading everything; docs/benchmarks.md).
 * <p>
 * A part's BM25 is capped at {@code (LEVEL - 1) / parts}, so that all of them together never reach one level and
 * {@link #level} and {@link #text} read a score back exactly; BM25 for a common word is a few points.
 */
final class CoordinationLevel extends Query {

	/** What one part adds; a power of two, so that whole levels are exact in a float. */
	static final float LEVEL = 1024f;

	private final Query part;

	private final float cap;

	/** {@code part}, one of {@code parts} in its query. */
	CoordinationLevel(Query part, int parts) {
		this(part, cap(parts));
	}

	/** The most BM25 one of {@code parts} adds. */
	static float cap(int parts) {
		return (LEVEL - 1) / Math.max(1, parts);
	}

	private CoordinationLevel(Query part, float cap) {
		this.part = part;
		this.cap = cap;
	}

	/**
	 * How a query of levelled parts ranks: an article must have at least {@code least} parts, and those with
	 * {@code full} or more rank as one level (all of a query's findable parts but one).
	 */
	record Levels(int least, int full) {
	}

	/**
	 * The best {@code wanted} articles {@code query} (a disjunction of levelled parts, no minimum) finds with at
	 * least {@code least} parts, and how many such articles Lucene looked at: every one when the total is exact, a
	 * lower bound otherwise.
	 * <p>
	 * The minimum is applied to what is collected, not in the query: Lucene scores a plain disjunction for the top
	 * articles with MaxScore, which skips by the levels, but one with a minimum-should-match with WAND, which here
	 * took twice as long (2.5 against 5 ms on 100,000 articles). Since every article with fewer parts ranks below
	 * every article with more, the best with at least {@code least} parts are a prefix of the best overall.
	 */
	static TopDocs top(IndexSearcher searcher, Query query, int wanted, int least) throws IOException {
		// CASE: the levelled parts alone (no section or date filter): counted over bitsets, not scored one by one.
		if (query instanceof BooleanQuery levelled && levelled.getMinimumNumberShouldMatch() == 0
				&& levelled.clauses().size() <= LevelCounting.MAX_PARTS
				&& levelled.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.SHOULD
						&& clause.getQuery() instanceof CoordinationLevel part && part.cap == cap(levelled.clauses().size()))) {
			List<Query> parts = levelled.clauses().stream().map(clause -> ((CoordinationLevel) clause.getQuery()).part).toList();
			return LevelCounting.top(searcher, parts, cap(parts.size()), wanted, least);
		}
		float floor = least * LEVEL - 0.5f;
		TopScoreDocCollectorManager best = new TopScoreDocCollectorManager(wanted, null, COUNTED);
		return searcher.search(query, new CollectorManager<Counting, TopDocs>() {

			@Override
			public Counting newCollector() throws IOException {
				return new Counting(best.newCollector(), floor);
			}

			@Override
			public TopDocs reduce(Collection<Counting> collectors) throws IOException {
				List<TopScoreDocCollector> each = new ArrayList<>();
				long seen = 0;
				for (Counting collector : collectors) {
					each.add(collector.top);
					seen += collector.enough;
				}
				TopDocs docs = best.reduce(each);
				ScoreDoc[] kept = Arrays.stream(docs.scoreDocs).filter(doc -> doc.score >= floor).toArray(ScoreDoc[]::new);
				return new TopDocs(new TotalHits(seen, docs.totalHits.relation), kept);
			}

		});
	}

	// Lucene's own default: every match is counted up to a thousand, then the scorers may skip.
	private static final int COUNTED = 1000;

	// Counts the collected articles that have enough parts, as it passes them on.
	private static final class Counting extends FilterCollector {

		final TopScoreDocCollector top;

		private final float floor;

		long enough;

		Counting(TopScoreDocCollector top, float floor) {
			super(top);
			this.top = top;
			this.floor = floor;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			return new FilterLeafCollector(super.getLeafCollector(context)) {

				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorer) throws IOException {
					// Cached: the collector below asks for the same score.
					this.scorer = ScoreCachingWrappingScorer.wrap(scorer);
					super.setScorer(this.scorer);
				}

				@Override
				public void collect(int doc) throws IOException {
					if (scorer.score() >= floor) {
						enough++;
					}
					super.collect(doc);
				}

			};
		}

	}

	/** How many parts an article scoring {@code score} has. */
	static int level(float score) {
		// Float sums of level-sized numbers are off by far less than half a point; the text part is never negative.
		return (int) Math.floor((score + 0.5f) / LEVEL);
	}

	/** The BM25 sum of the parts an article scoring {@code score} has. */
	static float text(float score) {
		return Math.max(0f, score - level(score) * LEVEL);
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = part.rewrite(searcher);
		return rewritten == part ? this : new CoordinationLevel(rewritten, cap);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight inner = part.createWeight(searcher, scoreMode, boost);
		return new FilterWeight(this, inner) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				ScorerSupplier supplier = scorerSupplier(context);
				return supplier == null ? null : supplier.get(Long.MAX_VALUE);
			}

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				ScorerSupplier supplier = in.scorerSupplier(context);
				if (supplier == null) {
					return null;
				}
				Weight weight = this;
				return new ScorerSupplier() {

					@Override
					public Scorer get(long leadCost) throws IOException {
						return new Leveled(supplier.get(leadCost), weight);
					}

					@Override
					public long cost() {
						return supplier.cost();
					}

				};
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Explanation text = in.explain(context, doc);
				return text.isMatch() ? Explanation.match(LEVEL + Math.min(cap, text.getValue().floatValue()),
						"one coordination level, plus BM25 up to " + cap, text) : text;
			}

		};
	}

	private final class Leveled extends FilterScorer {

		Leveled(Scorer in, Weight weight) {
			super(in, weight);
		}

		@Override
		public float score() throws IOException {
			return LEVEL + Math.min(cap, in.score());
		}

		// The bounds WAND and MaxScore skip by: the part's own, plus its level.
		@Override
		public int advanceShallow(int target) throws IOException {
			return in.advanceShallow(target);
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			return LEVEL + Math.min(cap, in.getMaxScore(upTo));
		}

	}

	@Override
	public void visit(QueryVisitor visitor) {
		part.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "level(" + part.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && part.equals(((CoordinationLevel) other).part) && cap == ((CoordinationLevel) other).cap;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), part, cap);
	}

}
