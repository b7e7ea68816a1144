package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What a search asks for when no article has every part of the query: the parts that carry most of its weight.
 * <p>
 * Each part of the query weighs its IDF, as BM25 computes it ({@code ln(1 + (N − df + 0.5) / (df + 0.5))}): a
 * word in few articles says more about what the reader wants than one in most of them. A part no article contains
 * weighs nothing and is left out of the count (it cannot be found, so it cannot tell articles apart). An article
 * qualifies when the parts it contains carry at least a share of the query's weight that falls as the query grows
 * ({@link #share}): one word must be found; of two, the rarer one (or either, if they are as rare); of three,
 * 60 %; then four points less per word, to 40 % from eight words on, because long queries carry words the
 * reader added loosely ("어제", "관련", "소식"). An article that lacks only one part of three or more qualifies
 * too ({@link #enoughParts}). Qualifying articles rank by the BM25 sum of the parts they have,
 * which is "how many and which".
 * <p>
 * This is Elasticsearch's {@code minimum_should_match} with a percentage that scales with the query length
 * ({@code "2<-25% 9<-3"}-style), counted in IDF weight instead of in clauses. Counting clauses lets two common
 * words outvote a rare name; weighing them is what Elasticsearch's BM25F {@code combined_fields} does for
 * scoring, extended here to deciding what matches. If even that finds nothing, any part will do
 * ({@link #anyPart}), so the page is never empty while an article has one of the words.
 */
final class MinimumShouldMatch {

	private MinimumShouldMatch() {
	}

	/** Fewer articles than this with every word of a query of three or more parts is "hardly any". */
	static final int FEW = 3;

	/**
	 * Whether {@code full} articles with every one of a query's {@code parts} are too few, so that articles with
	 * most of them should be shown too: none, for any query of two or more parts; fewer than {@link #FEW} for one
	 * of three or more words, which may well have a word the plainly relevant reports do not (목재 공장 화재 발생,
	 * and the report that says 불이 났다). Words as typed, not parts: a code such as bq12z is three parts to Nori
	 * but one word to the reader, and the article that has it is the answer.
	 */
	static boolean tooFew(long full, int parts, String text) {
		return parts > 1 && full == 0 || parts > 2 && full < FEW && text.strip().split("\\s+").length > 2;
	}

	/** The share of the query's weight an article must have, for a query of {@code findable} parts. */
	static float share(int findable) {
		if (findable <= 1) {
			return 1f;
		}
		if (findable == 2) {
			return 0.5f;
		}
		return Math.max(0.4f, 0.6f - 0.04f * (findable - 3));
	}

	/**
	 * How many of a query's {@code findable} parts an article may have to qualify whatever they weigh: all but one,
	 * from three parts on. Nori splits an unknown word by its neighbours, so the same word can be a rare term in one
	 * article and two common ones in the next (리모델링 공사, 리모델링 시공업체); an article that lacks one part is
	 * still "most of the words".
	 */
	static int enoughParts(int findable) {
		return findable >= 3 ? findable - 1 : Integer.MAX_VALUE;
	}

	/** The query run when no article has every part: articles with enough of its weight, by BM25. */
	static Query partialQuery(IndexReader reader, List<QueryReading.Clause> clauses) {
		List<Query> parts = new ArrayList<>();
		float[] weights = new float[clauses.size()];
		float total = 0;
		int findable = 0;
		for (int i = 0; i < clauses.size(); i++) {
			parts.add(SearchEngine.clauseQuery(clauses.get(i)));
			weights[i] = weight(reader, clauses.get(i));
			total += weights[i];
			findable += weights[i] > 0 ? 1 : 0;
		}
		if (findable <= 1) {
			// CASE: one findable part; the others match nothing, so "any part" is exactly it.
			return anyPart(clauses);
		}
		float required = share(findable) * total;
		int enough = enoughParts(findable);
		Query rareFirst = rareFirst(parts, weights, required, enough);
		// No article with fewer parts than fewestParts can qualify, whichever it has: Lucene's own
		// minimum-should-match then skips them inside the disjunction (advancing by the rarest parts' postings),
		// and CoverageQuery weighs only the rest. Found by a profile of eight-word queries on 100,000 articles,
		// nearly all of whose time went to weighing articles that had two or three of the words.
		return new CoverageQuery(rareFirst != null ? rareFirst
				: anyPart(clauses, Math.min(fewestParts(weights, required), enough)), parts, weights, required, enough);
	}

	/**
	 * A query to try when no article has every part. {@code levels}, unless null: its scores carry coordination
	 * levels ({@link CoordinationLevel}), which a recency bonus must not cross.
	 */
	record Tier(Query query, CoordinationLevel.Levels levels) {
	}

	/**
	 * The queries to try, in order, when no article has every part, each until one fills the page: first, for a
	 * query of four or more findable parts that are all common, the articles that qualify whichever parts they have,
	 * ranked by how many they have and then by BM25; then {@link #partialQuery}, which is always last. When every
	 * word is in a large share of the paper, their IDFs differ little and which of them an article has says less
	 * than how many: coordination-level matching (Salton's, and Lucene's {@code coord} until 7.0). It is also where
	 * {@link #partialQuery} is slowest, weighing nearly every article, while the levels let Lucene skip (see
	 * {@link CoordinationLevel}). The first tier's articles all qualify for {@link #partialQuery} and rank above any
	 * it alone finds (those have fewer parts), so a page the first fills is the page the second would give in
	 * coordination order. A query with a rare part goes straight to {@link #partialQuery}: which parts an article
	 * has matters there, and {@link #rareFirst} already makes it cheap.
	 */
	static List<Tier> partialQueries(IndexReader reader, List<QueryReading.Clause> clauses) {
		Tier partial = new Tier(partialQuery(reader, clauses), null);
		float[] weights = new float[clauses.size()];
		float total = 0;
		int findable = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = weight(reader, clauses.get(i));
			if (weights[i] >= COMMON_WEIGHT) {
				return List.of(partial);
			}
			total += weights[i];
			findable += weights[i] > 0 ? 1 : 0;
		}
		if (findable < 4) {
			return List.of(partial);
		}
		BooleanQuery.Builder leveled = new BooleanQuery.Builder();
		for (QueryReading.Clause clause : clauses) {
			leveled.add(new CoordinationLevel(SearchEngine.clauseQuery(clause), clauses.size()), Occur.SHOULD);
		}
		int least = surelyEnoughParts(weights, share(findable) * total, enoughParts(findable));
		return List.of(new Tier(leveled.build(), new CoordinationLevel.Levels(least, findable - 1)), partial);
	}

	/**
	 * How many parts an article must have to qualify whichever they are: the fewest whose lightest weights reach
	 * {@code required}, or {@code enough}. (Its mirror, {@link #fewestParts}, is how many it must have at least.)
	 */
	static int surelyEnoughParts(float[] weights, float required, int enough) {
		float[] lightest = weights.clone();
		java.util.Arrays.sort(lightest);
		float sum = 0;
		int count = 0;
		for (float weight : lightest) {
			if (weight <= 0) {
				continue;
			}
			sum += weight;
			count++;
			if (sum >= required - 1e-4f) {
				break;
			}
		}
		return Math.max(1, Math.min(count, enough));
	}

	/**
	 * A part in more than a tenth of the paper is common: the share the related-articles lookup ({@code SearchEngine.alike}) also takes for "tells
	 * nothing about the story". As an IDF: {@code ln(1 + 0.9 / 0.1)}.
	 */
	static final float COMMON_WEIGHT = (float) Math.log(10);

	/**
	 * Lucene's {@code CommonTermsQuery} idea, kept exact: when the common parts together can neither carry the
	 * required weight nor make up {@code enough} parts, every qualifying article has a rare part, so only articles
	 * with one are looked at, and the common parts add their scores to those (the sum is the same BM25 sum as
	 * {@link #anyPart}'s). The long posting lists of common words are then only advanced, never walked. Null when
	 * the query has no common part, no rare one, or commons that could qualify an article alone.
	 */
	static Query rareFirst(List<Query> parts, float[] weights, float required, int enough) {
		BooleanQuery.Builder rare = new BooleanQuery.Builder();
		List<Query> common = new ArrayList<>();
		float commonWeight = 0;
		boolean anyRare = false;
		for (int i = 0; i < parts.size(); i++) {
			if (weights[i] <= 0) {
				continue;
			}
			if (weights[i] < COMMON_WEIGHT) {
				common.add(parts.get(i));
				commonWeight += weights[i];
			}
			else {
				rare.add(parts.get(i), Occur.SHOULD);
				anyRare = true;
			}
		}
		if (!anyRare || common.isEmpty() || commonWeight >= required - 1e-4f || common.size() >= enough) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(rare.build(), Occur.MUST);
		common.forEach(part -> query.add(part, Occur.SHOULD));
		return query.build();
	}

	/**
	 * The fewest parts whose weights can reach {@code required}: the heaviest ones first. An article with fewer parts
	 * cannot carry the required weight, so this many is necessary (it is not enough: which parts counts).
	 */
	static int fewestParts(float[] weights, float required) {
		float[] heaviest = weights.clone();
		java.util.Arrays.sort(heaviest);
		float sum = 0;
		int count = 0;
		for (int i = heaviest.length - 1; i >= 0 && heaviest[i] > 0; i--) {
			sum += heaviest[i];
			count++;
			// The same rounding allowance as CoverageQuery's check, so this never asks for more than it does.
			if (sum >= required - 1e-4f) {
				return count;
			}
		}
		return Math.max(1, count);
	}

	/** The description of {@link #partialQuery} for the desk's explain call. */
	static String describe(IndexGeneration generation, List<QueryReading.Clause> clauses) {
		try {
			IndexSearcher searcher = generation.searchers.acquire();
			try {
				return partialQueries(searcher.getIndexReader(), clauses).stream()
					.map(tier -> tier.levels() == null ? tier.query().toString()
							: tier.query() + " ≥ " + tier.levels().least() + " parts, by parts (" + tier.levels().full()
									+ " or more as one) then BM25")
					.collect(java.util.stream.Collectors.joining(" → "));
			}
			finally {
				generation.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Articles with any part of the query, by BM25: the last resort, and the scoring of {@link #partialQuery}. */
	static Query anyPart(List<QueryReading.Clause> clauses) {
		return anyPart(clauses, 1);
	}

	private static Query anyPart(List<QueryReading.Clause> clauses, int atLeast) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (QueryReading.Clause clause : clauses) {
			query.add(SearchEngine.clauseQuery(clause), Occur.SHOULD);
		}
		if (atLeast > 1) {
			query.setMinimumNumberShouldMatch(atLeast);
		}
		return query.build();
	}

	// A part is found by any of its alternatives, each needing all its terms: its document frequency is at most the
	// sum, over alternatives, of the rarest term's. An upper bound, so a part never weighs more than it should.
	static float weight(IndexReader reader, QueryReading.Clause clause) {
		try {
			long docs = reader.maxDoc();
			long df = 0;
			for (List<String> alternative : clause.alternatives()) {
				long rarest = Long.MAX_VALUE;
				for (String term : alternative) {
					rarest = Math.min(rarest, reader.docFreq(new Term(ArticleDocuments.TEXT, term)));
				}
				df += rarest == Long.MAX_VALUE ? 0 : rarest;
			}
			df = Math.min(df, docs);
			return df == 0 ? 0f : (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
