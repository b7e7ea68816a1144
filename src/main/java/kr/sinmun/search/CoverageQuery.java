package kr.sinmun.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A minimum-should-match counted in weight rather than in clauses: an article matches when the {@code parts} it
 * contains carry at least {@code required} of the {@code weights} (each part's IDF, see
 * {@link MinimumShouldMatch}), or when it has {@code enoughParts} of them, whichever they are. It scores as {@code scoring} does, the parts' BM25 sum, so an article with more
 * of the query's words, and rarer ones, ranks higher.
 * <p>
 * Lucene's {@code BooleanQuery.setMinimumNumberShouldMatch} counts clauses, so a common word counts as much as a
 * rare one; Elasticsearch's {@code minimum_should_match} counts the same way. Weighing them needs a check per
 * candidate, done here as a two-phase iteration over {@code scoring}'s own candidates: the disjunction proposes
 * an article (skipping, as it always does, those that cannot reach the page), and the parts' postings, moved
 * forward only, say whether it has enough of the query.
 */
final class CoverageQuery extends Query {

	private final Query scoring;

	private final List<Query> parts;

	private final float[] weights;

	private final float required;

	private final int enoughParts;

	/**
	 * {@code scoring} must match every article that could qualify (their disjunction, or less when some articles
	 * cannot: {@link MinimumShouldMatch#rareFirst}), and score it as the BM25 sum of the parts it has. An article
	 * with {@code enoughParts} of the parts qualifies whatever they weigh.
	 */
	CoverageQuery(Query scoring, List<Query> parts, float[] weights, float required, int enoughParts) {
		if (parts.size() != weights.length) {
			throw new IllegalArgumentException("one weight per part");
		}
		this.scoring = scoring;
		this.parts = List.copyOf(parts);
		this.weights = weights.clone();
		this.required = required;
		this.enoughParts = enoughParts;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = scoring.rewrite(searcher);
		boolean changed = rewritten != scoring;
		List<Query> rewrittenParts = new ArrayList<>(parts.size());
		for (Query part : parts) {
			Query each = part.rewrite(searcher);
			changed |= each != part;
			rewrittenParts.add(each);
		}
		return changed ? new CoverageQuery(rewritten, rewrittenParts, weights, required, enoughParts) : this;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight scoringWeight = scoring.createWeight(searcher, scoreMode, boost);
		Weight[] partWeights = new Weight[parts.size()];
		for (int i = 0; i < partWeights.length; i++) {
			partWeights[i] = searcher.createWeight(parts.get(i), ScoreMode.COMPLETE_NO_SCORES, 1f);
		}
		return new Weight(this) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				ScorerSupplier supplier = scoringWeight.scorerSupplier(context);
				if (supplier == null) {
					return null;
				}
				// The disjunction's scores are this query's, and the bound the collector sets is passed on to it
				// (setMinCompetitiveScore below): it is the top-level scoring clause, and told so, Lucene gives it
				// the scorer that skips articles which cannot reach the page (WAND). Asked for a plain scorer, a
				// nested disjunction scores every article that has any of the words: eight-word queries took
				// 70 ms on 100,000 articles that way.
				supplier.setTopLevelScoringClause();
				Scorer scorer = supplier.get(Long.MAX_VALUE);
				DocIdSetIterator[] iterators = new DocIdSetIterator[partWeights.length];
				float reachable = 0;
				for (int i = 0; i < iterators.length; i++) {
					Scorer part = partWeights[i].scorer(context);
					if (part != null) {
						iterators[i] = part.iterator();
						reachable += weights[i];
					}
				}
				// CASE: this segment lacks too many of the words for any article in it to qualify.
				if (!enough(reachable, partWeights.length)) {
					return null;
				}
				return new CoverageScorer(this, scorer, iterators);
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				Scorer scorer = scorer(context);
				if (scorer != null && scorer.iterator().advance(doc) == doc) {
					return Explanation.match(scorer.score(), "has at least " + required + " of the query's weight",
							scoringWeight.explain(context, doc));
				}
				return Explanation.noMatch("has less than " + required + " of the query's weight");
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	private boolean enough(float found, int count) {
		// Weights are sums of floats: a part worth exactly half is not lost to rounding.
		return found >= required - 1e-4f || count >= enoughParts;
	}

	private final class CoverageScorer extends Scorer {

		private final Scorer scorer;

		private final TwoPhaseIterator twoPhase;

		private final DocIdSetIterator approximation;

		CoverageScorer(Weight weight, Scorer scorer, DocIdSetIterator[] iterators) {
			super(weight);
			this.scorer = scorer;
			TwoPhaseIterator inner = scorer.twoPhaseIterator();
			this.approximation = inner == null ? scorer.iterator() : inner.approximation();
			this.twoPhase = new TwoPhaseIterator(approximation) {

				@Override
				public boolean matches() throws IOException {
					if (inner != null && !inner.matches()) {
						return false;
					}
					int doc = approximation.docID();
					float found = 0;
					int count = 0;
					for (int i = 0; i < iterators.length; i++) {
						DocIdSetIterator part = iterators[i];
						if (part == null) {
							continue;
						}
						if (part.docID() < doc) {
							part.advance(doc);
						}
						if (part.docID() == doc) {
							found += weights[i];
							count++;
						}
					}
					return enough(found, count);
				}

				@Override
				public float matchCost() {
					return iterators.length + (inner == null ? 0 : inner.matchCost());
				}

			};
		}

		@Override
		public int docID() {
			return approximation.docID();
		}

		@Override
		public DocIdSetIterator iterator() {
			return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
		}

		@Override
		public TwoPhaseIterator twoPhaseIterator() {
			return twoPhase;
		}

		@Override
		public float score() throws IOException {
			return scorer.score();
		}

		// The articles kept are some of those the disjunction scores, with its scores: its bounds hold.
		@Override
		public int advanceShallow(int target) throws IOException {
			return scorer.advanceShallow(target);
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			return scorer.getMaxScore(upTo);
		}

		@Override
		public void setMinCompetitiveScore(float minScore) throws IOException {
			scorer.setMinCompetitiveScore(minScore);
		}

	}

	@Override
	public void visit(QueryVisitor visitor) {
		// The words to highlight are the scoring query's.
		scoring.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		StringBuilder text = new StringBuilder("coverage(");
		for (int i = 0; i < parts.size(); i++) {
			text.append(i == 0 ? "" : " ").append(parts.get(i).toString(field)).append(String.format("=%.2f", weights[i]));
		}
		text.append(String.format(" ≥ %.2f", required));
		return (enoughParts == Integer.MAX_VALUE ? text : text.append(" or ").append(enoughParts).append(" parts"))
			.append(')')
			.toString();
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && scoring.equals(((CoverageQuery) other).scoring)
				&& parts.equals(((CoverageQuery) other).parts) && Arrays.equals(weights, ((CoverageQuery) other).weights)
				&& required == ((CoverageQuery) other).required && enoughParts == ((CoverageQuery) other).enoughParts;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), scoring, parts, Arrays.hashCode(weights), required, enoughParts);
	}

}
