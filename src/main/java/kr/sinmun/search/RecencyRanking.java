package kr.sinmun.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * How publication time weighs in a search ordered by relevance.
 * <p>
 * Most queries are timeless (a person, a policy, a place): relevance decides, and a recent article gets a mild
 * boost, at most ×1.25 fading over about a month. A query about an event wants the newest report of it first:
 * a fire, a blackout or a flood is reported again each day, and yesterday's count of the damage is out of date.
 * A query asks for the latest ({@link Intent#LATEST}) when it has one of the {@link #EVENT_WORDS}, or when its
 * best matches cluster in time — several articles about as relevant as the best, all published within
 * {@link #CLUSTER_DAYS} days, are reports of one story. Then every <em>relevant</em> article (text score at least
 * {@link #RELEVANT} of the best) is boosted strongly by an exponential decay with a half-life of about a day and a half,
 * and its text score counts by its square root, so that among reports of the story the newest wins while an article
 * that merely mentions the word does not jump ahead.
 * <p>
 * The text scores come from one pass of Lucene over the index (which skips hopeless articles); the best
 * {@link #CANDIDATES} are then rescored by Lucene's {@link QueryRescorer} with the article's age as a
 * {@link DoubleValuesSource} over the {@code published} doc values, as Elasticsearch's {@code function_score}
 * decay functions do, but on the top of the list only.
 */
final class RecencyRanking {

	/**
	 * Words by which a reader asks about an event as it unfolds. Each is one term as Nori reads it (checked by
	 * {@code RecencyRankingTests}), so it is matched against the query's terms, whatever particle follows it.
	 * Words with a common timeless sense are left out (구조 is also "structure", 진화 "evolution"), and so are
	 * words Nori splits (산불 is 산 + 불, 피해자 is 피해 + 자: the second is found by 피해).
	 */
	static final Set<String> EVENT_WORDS = Set.of("화재", "발생", "정전", "폭우", "피해", "사고", "지진", "붕괴", "속보",
			"폭발", "침수", "태풍", "홍수", "폭설", "한파", "폭염", "실종", "사망", "부상", "대피", "추돌", "참사", "누출", "단수",
			"결항", "여진", "탈선");

	/** How results are weighed by time. */
	enum Intent {

		/** Relevance first, with a mild preference for recent articles. */
		RELEVANCE,

		/** The newest relevant report first. */
		LATEST

	}

	/** How many of the best text matches are rescored by age. */
	static final int CANDIDATES = 40;

	/** A relevant article scores at least this share of the best text match. */
	static final float RELEVANT = 0.5f;

	/** Matches this relevant, at least {@link #CLUSTER_SIZE} of them among the first ten... */
	static final float CLUSTER_RELEVANT = 0.7f;

	static final int CLUSTER_SIZE = 3;

	/** ...published within this many days of each other, are reports of one story. */
	static final double CLUSTER_DAYS = 3;

	// The mild boost: ×(1 + 0.25·e^(−age/30 days)).
	private static final double MILD_BONUS = 0.25;

	private static final double MILD_DAYS = 30;

	// The event boost, added for relevant articles: 8·e^(−age/2 days), a half-life of about a day and a half.
	// Today's report is worth up to nine times its text score, one a day older about a third less, last week's
	// about 1.3 times: among reports of one story, which share most words but name them more or less often, the
	// newest leads; a week on, relevance decides again.
	private static final double LATEST_BONUS = 8;

	private static final double LATEST_DAYS = 2;

	private static final double DAY = 86_400_000d;

	private RecencyRanking() {
	}

	/** Whether the query has an event word among its own terms. */
	static boolean hasEventWord(List<QueryReading.Clause> clauses) {
		return clauses.stream().flatMap(clause -> clause.original().stream()).anyMatch(EVENT_WORDS::contains);
	}

	/**
	 * The best {@code wanted} of the articles {@code query} matches, by text relevance weighed with age as the
	 * query's intent asks.
	 */
	static TopDocs search(IndexSearcher searcher, Query query, List<QueryReading.Clause> clauses, long now, int wanted)
			throws IOException {
		return search(searcher, query, clauses, now, wanted, null);
	}

	/**
	 * As {@link #search(IndexSearcher, Query, List, long, int)}, for a query whose scores carry coordination levels
	 * ({@link CoordinationLevel}) when {@code levels} is not null: only articles with at least {@code levels.least()}
	 * parts are found, age reorders them within a level, never across (an older article with more of the words
	 * stays above a newer one with fewer), and the levels from {@code levels.full()} up count as one, so that the newest report of an event that lacks one of the query's words
	 * (목재 공장 화재 발생, and the report that says 불이 났다) can still lead.
	 */
	static TopDocs search(IndexSearcher searcher, Query query, List<QueryReading.Clause> clauses, long now, int wanted,
			CoordinationLevel.Levels levels) throws IOException {
		TopDocs first = levels == null ? searcher.search(query, Math.max(wanted, CANDIDATES))
				: CoordinationLevel.top(searcher, query, Math.max(wanted, CANDIDATES), levels.least());
		if (first.scoreDocs.length == 0) {
			return first;
		}
		ScoreDoc[] lead = first.scoreDocs;
		if (levels != null) {
			// What decides the intent and the best text score: the leading level's articles, by their text.
			int leading = Math.min(levels.full(), CoordinationLevel.level(lead[0].score));
			lead = java.util.Arrays.stream(lead)
				.filter(doc -> Math.min(levels.full(), CoordinationLevel.level(doc.score)) == leading)
				.map(doc -> new ScoreDoc(doc.doc, CoordinationLevel.text(doc.score), doc.shardIndex))
				.sorted(java.util.Comparator.comparingDouble((ScoreDoc doc) -> doc.score).reversed())
				.toArray(ScoreDoc[]::new);
		}
		Intent intent = hasEventWord(clauses) || clustered(searcher, lead, now) ? Intent.LATEST : Intent.RELEVANCE;
		// Only the first CANDIDATES are rescored, whichever page is asked for, and the rest follow in text order:
		// a window that grew with the page reordered what earlier pages had shown, so that paging repeated some
		// articles and skipped others (Elasticsearch's rescore window_size, kept constant for the same reason).
		int window = Math.min(CANDIDATES, first.scoreDocs.length);
		TopDocs head = new TopDocs(first.totalHits, java.util.Arrays.copyOf(first.scoreDocs, window));
		ScoreDoc[] rescored = rescorer(intent, lead[0].score, now, levels).rescore(searcher, head, window).scoreDocs;
		ScoreDoc[] page = java.util.Arrays.copyOf(rescored, Math.min(wanted, first.scoreDocs.length));
		if (page.length > window) {
			System.arraycopy(first.scoreDocs, window, page, window, page.length - window);
		}
		return new TopDocs(first.totalHits, page);
	}

	static QueryRescorer rescorer(Intent intent, float best, long now, CoordinationLevel.Levels levels) {
		return new QueryRescorer(new FunctionScoreQuery(new MatchAllDocsQuery(), new AgeInDays(now))) {

			@Override
			protected float combine(float first, boolean dated, float ageDays) {
				if (levels == null) {
					return dated ? score(intent, first, best, ageDays) : first;
				}
				float text = CoordinationLevel.text(first);
				float weighed = dated ? score(intent, text, best, ageDays) : text;
				// Up to nine times the text score for today's report of an event: kept below the next level.
				return Math.min(levels.full(), CoordinationLevel.level(first)) * CoordinationLevel.LEVEL
						+ Math.min(CoordinationLevel.LEVEL - 1, weighed);
			}

		};
	}

	/** The score of an article whose text scores {@code text} (the best match: {@code best}) at {@code ageDays}. */
	static float score(Intent intent, float text, float best, double ageDays) {
		double mild = 1 + MILD_BONUS * Math.exp(-ageDays / MILD_DAYS);
		if (intent == Intent.LATEST && text >= RELEVANT * best) {
			// Among relevant reports, how often each names the event's words says little (the first report has
			// them in its headline, the follow-up in its body): their differences count by the square root.
			return (float) (best * Math.sqrt(text / best) * (mild + LATEST_BONUS * Math.exp(-ageDays / LATEST_DAYS)));
		}
		return (float) (text * mild);
	}

	// Whether the first ten matches hold a cluster: CLUSTER_SIZE or more nearly as relevant as the best, all
	// published within CLUSTER_DAYS of each other.
	static boolean clustered(IndexSearcher searcher, ScoreDoc[] top, long now) throws IOException {
		float best = top[0].score;
		long newest = Long.MIN_VALUE;
		long oldest = Long.MAX_VALUE;
		int relevant = 0;
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		for (int i = 0; i < Math.min(10, top.length) && top[i].score >= CLUSTER_RELEVANT * best; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(top[i].doc, leaves));
			NumericDocValues published = DocValues.getNumeric(leaf.reader(), ArticleDocuments.PUBLISHED);
			if (published.advanceExact(top[i].doc - leaf.docBase)) {
				newest = Math.max(newest, published.longValue());
				oldest = Math.min(oldest, published.longValue());
				relevant++;
			}
		}
		return relevant >= CLUSTER_SIZE && newest - oldest <= CLUSTER_DAYS * DAY;
	}

	/** An article's age in days at {@code now}, from its publication time; never negative. */
	static final class AgeInDays extends DoubleValuesSource {

		private final long now;

		AgeInDays(long now) {
			this.now = now;
		}

		@Override
		public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
			NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleDocuments.PUBLISHED);
			return new DoubleValues() {

				@Override
				public double doubleValue() throws IOException {
					return Math.max(0, now - published.longValue()) / DAY;
				}

				@Override
				public boolean advanceExact(int doc) throws IOException {
					return published.advanceExact(doc);
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
		public boolean equals(Object other) {
			return other instanceof AgeInDays age && age.now == now;
		}

		@Override
		public int hashCode() {
			return Objects.hash(AgeInDays.class, now);
		}

		@Override
		public String toString() {
			return "ageInDays(published, now=" + now + ")";
		}

	}

}
