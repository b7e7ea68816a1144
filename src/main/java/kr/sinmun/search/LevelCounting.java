package kr.sinmun.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best articles of a query of levelled parts ({@link CoordinationLevel}) with at least a number of them, found
 * by counting before scoring: each part's articles as a bitset, the number of parts per article added up 64
 * articles at a time (a bit-sliced counter: one word per bit of the count, added with the carries of a ripple
 * adder, as bit-sliced indexes do), and only the articles with enough parts to reach the page scored, by each
 * part's own BM25 scorer moved forward to them.
 * <p>
 * The parts this is used for are common words (in a tenth of the paper or more), whose postings are long: Lucene's
 * MaxScore had to read them to find the few articles with seven of eight, about 2–3 ms a query on 100,000
 * articles, of which the bits are a few hundredths. The bitsets are Lucene's own query cache ({@link LRUQueryCache},
 * what {@link IndexSearcher} keeps its filters in): per segment, dropped with it, bounded in entries and bytes, built
 * the first time a word is counted in a segment (as long as reading its postings once). The count of articles with
 * enough parts is exact and free.
 */
final class LevelCounting {

	/** Parts counted at most: five bits of count. A longer query goes through Lucene's scorers. */
	static final int MAX_PARTS = 31;

	// 32 MB: a word in a 100,000-article segment is 12.5 KB, so some 2,600 words; entries for merged-away
	// segments go with them.
	private static final LRUQueryCache MATCHES = new LRUQueryCache(10_000, 32L << 20, leaf -> true,
			Float.POSITIVE_INFINITY);

	// The parts counted here are common words, each worth its bitset: cached from their first use.
	private static final QueryCachingPolicy EVERY_PART = new QueryCachingPolicy() {

		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return true;
		}

	};

	private LevelCounting() {
	}

	/**
	 * The best {@code wanted} articles with at least {@code least} of {@code parts}, ranked as their levelled
	 * disjunction ranks them (each part it has adds {@link CoordinationLevel#LEVEL} and its BM25, capped at
	 * {@code cap}), and how many articles have at least {@code least}.
	 */
	static TopDocs top(IndexSearcher searcher, List<Query> parts, float cap, int wanted, int least) throws IOException {
		if (parts.size() > MAX_PARTS) {
			throw new IllegalArgumentException("at most " + MAX_PARTS + " parts");
		}
		Weight[] matching = new Weight[parts.size()];
		Weight[] scoring = new Weight[parts.size()];
		for (int i = 0; i < matching.length; i++) {
			Query part = searcher.rewrite(parts.get(i));
			matching[i] = MATCHES.doCache(part.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f),
					EVERY_PART);
			scoring[i] = searcher.createWeight(part, ScoreMode.COMPLETE, 1f);
		}
		HitQueue best = new HitQueue(wanted, false);
		long total = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			total += new Segment(leaf, matching, scoring, cap).collect(best, wanted, least);
		}
		ScoreDoc[] docs = new ScoreDoc[best.size()];
		for (int i = docs.length - 1; i >= 0; i--) {
			docs[i] = best.pop();
		}
		return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), docs);
	}

	private static final class Segment {

		private final LeafReaderContext leaf;

		private final long[][] bits;

		private final Scorer[] scorers;

		private final float cap;

		Segment(LeafReaderContext leaf, Weight[] matching, Weight[] scoring, float cap) throws IOException {
			this.leaf = leaf;
			this.cap = cap;
			int maxDoc = leaf.reader().maxDoc();
			bits = new long[matching.length][];
			scorers = new Scorer[matching.length];
			for (int i = 0; i < matching.length; i++) {
				Scorer matches = matching[i].scorer(leaf);
				if (matches == null) {
					continue;
				}
				DocIdSetIterator iterator = matches.iterator();
				FixedBitSet set = BitSetIterator.getFixedBitSetOrNull(iterator);
				// CASE: not from the cache (a sparse set is cached in another form, or the cache was busy).
				if (set == null) {
					set = new FixedBitSet(maxDoc);
					set.or(iterator);
				}
				bits[i] = set.getBits();
				scorers[i] = scoring[i].scorer(leaf);
			}
		}

		/** Adds this segment's best to {@code best}; returns how many of its live articles have {@code least}. */
		long collect(HitQueue best, int wanted, int least) throws IOException {
			int maxDoc = leaf.reader().maxDoc();
			Bits live = leaf.reader().getLiveDocs();
			long[] liveWords = live instanceof FixedBitSet set ? set.getBits() : null;
			int threshold = threshold(best, wanted, least);
			long[] planes = new long[5];
			long found = 0;
			for (int word = 0, words = FixedBitSet.bits2words(maxDoc); word < words; word++) {
				java.util.Arrays.fill(planes, 0L);
				for (long[] part : bits) {
					if (part != null) {
						add(planes, part[word]);
					}
				}
				long inRange = word == words - 1 && (maxDoc & 63) != 0 ? (1L << (maxDoc & 63)) - 1 : -1L;
				long qualifying = atLeast(planes, least) & inRange & (liveWords != null ? liveWords[word] : -1L);
				if (live != null && liveWords == null) {
					qualifying &= liveBits(live, word, qualifying);
				}
				found += Long.bitCount(qualifying);
				long candidates = qualifying & atLeast(planes, threshold);
				while (candidates != 0) {
					int bit = Long.numberOfTrailingZeros(candidates);
					candidates &= candidates - 1;
					float score = score(word, bit);
					int doc = leaf.docBase + (word << 6) + bit;
					if (best.size() < wanted) {
						best.add(new ScoreDoc(doc, score));
					}
					else if (score > best.top().score) {
						ScoreDoc last = best.top();
						last.doc = doc;
						last.score = score;
						best.updateTop();
					}
					int raised = threshold(best, wanted, least);
					if (raised != threshold) {
						threshold = raised;
						candidates &= atLeast(planes, threshold);
					}
				}
			}
			return found;
		}

		// The BM25 of each part the article has, plus a level for each.
		private float score(int word, int bit) throws IOException {
			int doc = (word << 6) + bit;
			float score = 0;
			for (int i = 0; i < bits.length; i++) {
				if (bits[i] != null && (bits[i][word] >>> bit & 1) != 0) {
					DocIdSetIterator iterator = scorers[i].iterator();
					if (iterator.docID() < doc) {
						iterator.advance(doc);
					}
					score += CoordinationLevel.LEVEL + (iterator.docID() == doc ? Math.min(cap, scorers[i].score()) : 0);
				}
			}
			return score;
		}

		private static long liveBits(Bits live, int word, long candidates) {
			long kept = 0;
			for (long rest = candidates; rest != 0; rest &= rest - 1) {
				int bit = Long.numberOfTrailingZeros(rest);
				if (live.get((word << 6) + bit)) {
					kept |= 1L << bit;
				}
			}
			return kept;
		}

	}

	// The fewest parts an article needs to reach the page: once it is full, an article with fewer parts than its
	// last one's level cannot beat it (a level is worth more than all the BM25 of every part together).
	static int threshold(HitQueue best, int wanted, int least) {
		return best.size() < wanted ? least : Math.max(least, CoordinationLevel.level(best.top().score));
	}

	/** Adds one part's word of 64 articles to the counters: {@code planes[b]} holds bit {@code b} of each count. */
	static void add(long[] planes, long word) {
		long carry = word;
		for (int b = 0; b < planes.length && carry != 0; b++) {
			long next = planes[b] & carry;
			planes[b] ^= carry;
			carry = next;
		}
	}

	/** Of the 64 articles counted in {@code planes}, those whose count is at least {@code count}. */
	static long atLeast(long[] planes, int count) {
		if (count <= 0) {
			return -1L;
		}
		if (count >= 1 << planes.length) {
			return 0L;
		}
		// From the highest bit down: greater once a bit is set where the count's is not, equal while they agree.
		long greater = 0;
		long equal = -1L;
		for (int b = planes.length - 1; b >= 0; b--) {
			if ((count >>> b & 1) != 0) {
				equal &= planes[b];
			}
			else {
				greater |= equal & planes[b];
				equal &= ~planes[b];
			}
		}
		return greater | equal;
	}

}
