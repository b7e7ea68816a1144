package kr.sinmun.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Counting parts over bitsets finds what Lucene's scorers find, and counts exactly. */
class LevelCountingTests {

	@Test
	void theCountersHoldEveryCountAndTellWhichReachAGivenOne() {
		Random random = new Random(20261205);
		for (int round = 0; round < 200; round++) {
			int parts = 1 + random.nextInt(LevelCounting.MAX_PARTS);
			long[] words = new long[parts];
			int[] counts = new int[64];
			long[] planes = new long[5];
			for (int i = 0; i < parts; i++) {
				words[i] = random.nextLong() & random.nextLong();
				LevelCounting.add(planes, words[i]);
				for (int bit = 0; bit < 64; bit++) {
					counts[bit] += (int) (words[i] >>> bit & 1);
				}
			}
			for (int count = 0; count <= parts + 1; count++) {
				long expected = 0;
				for (int bit = 0; bit < 64; bit++) {
					expected |= counts[bit] >= count ? 1L << bit : 0;
				}
				assertThat(LevelCounting.atLeast(planes, count)).as("%d parts, at least %d", parts, count).isEqualTo(expected);
			}
		}
	}

	@Test
	void findsTheSameBestArticlesAsLucenesScorersAcrossSegmentsAndDeletions() throws Exception {
		String[] words = { "가", "나", "다", "라", "마", "바", "사", "아" };
		double[] share = { 0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.12 };
		Random random = new Random(7);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				for (int i = 0; i < 3000; i++) {
					StringBuilder text = new StringBuilder();
					for (int w = 0; w < words.length; w++) {
						for (int repeat = random.nextDouble() < share[w] ? 1 + random.nextInt(3) : 0; repeat > 0; repeat--) {
							text.append(words[w]).append(' ');
						}
					}
					for (int filler = random.nextInt(30); filler > 0; filler--) {
						text.append("채움").append(random.nextInt(50)).append(' ');
					}
					Document document = new Document();
					document.add(new StringField("id", String.valueOf(i), Field.Store.YES));
					document.add(new TextField("text", text.toString(), Field.Store.NO));
					writer.addDocument(document);
					if (i % 700 == 699) {
						writer.flush();
					}
				}
				for (int i = 0; i < 3000; i += 7) {
					writer.deleteDocuments(new Term("id", String.valueOf(i)));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(3);
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				for (int round = 0; round < 40; round++) {
					List<String> query = new ArrayList<>(Arrays.asList(words));
					java.util.Collections.shuffle(query, random);
					query = query.subList(0, 3 + random.nextInt(words.length - 2));
					int least = 1 + random.nextInt(query.size());
					int wanted = 1 + random.nextInt(60);
					BooleanQuery.Builder levelled = new BooleanQuery.Builder();
					BooleanQuery.Builder plain = new BooleanQuery.Builder().setMinimumNumberShouldMatch(least);
					for (String word : query) {
						levelled.add(new CoordinationLevel(new TermQuery(new Term("text", word)), query.size()), Occur.SHOULD);
						plain.add(new TermQuery(new Term("text", word)), Occur.SHOULD);
					}
					Query counted = levelled.build();
					// The same query behind a filter that keeps everything goes through Lucene's own scorers.
					Query scored = new BooleanQuery.Builder().add(counted, Occur.MUST)
						.add(new MatchAllDocsQuery(), Occur.FILTER)
						.build();

					TopDocs byCounting = CoordinationLevel.top(searcher, counted, wanted, least);
					TopDocs byScoring = CoordinationLevel.top(searcher, scored, wanted, least);
					String what = query + " at least " + least + ", best " + wanted;
					assertThat(byCounting.totalHits.value).as(what).isEqualTo(searcher.count(plain.build()));
					assertThat(byCounting.scoreDocs).as(what).hasSameSizeAs(byScoring.scoreDocs);
					for (int i = 0; i < byCounting.scoreDocs.length; i++) {
						assertThat(byCounting.scoreDocs[i].score).as(what).isCloseTo(byScoring.scoreDocs[i].score, within(0.01f));
					}
					assertThat(clearlyAboveTheLast(byCounting)).as(what).isEqualTo(clearlyAboveTheLast(byScoring));
				}
			}
		}
	}

	// The bitsets are one cache shared by every search: eight threads counting at once, most of them building the
	// same words' bitsets at the same moment, each get what one search alone gets.
	@Test
	void searchesAtOnceShareTheCachedBitsetsAndEachFindsWhatOneAloneFinds() throws Exception {
		Random random = new Random(11);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (int i = 0; i < 4000; i++) {
					StringBuilder text = new StringBuilder();
					for (String word : new String[] { "하나", "둘", "셋", "넷", "다섯", "여섯" }) {
						if (random.nextInt(3) > 0) {
							text.append(word).append(' ');
						}
					}
					Document document = new Document();
					document.add(new TextField("text", text + "끝" + random.nextInt(40), Field.Store.NO));
					writer.addDocument(document);
					if (i % 1000 == 999) {
						writer.flush();
					}
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<List<String>> queries = List.of(List.of("하나", "둘", "셋", "넷"), List.of("셋", "넷", "다섯", "여섯", "하나"),
						List.of("둘", "다섯", "여섯", "넷"));
				List<TopDocs> alone = new ArrayList<>();
				for (List<String> words : queries) {
					alone.add(CoordinationLevel.top(searcher, levelled(words), 20, 3));
				}
				java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
				try {
					java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
					List<java.util.concurrent.Future<List<Integer>>> mismatches = new ArrayList<>();
					for (int thread = 0; thread < 8; thread++) {
						mismatches.add(pool.submit(() -> {
							start.await();
							List<Integer> wrong = new ArrayList<>();
							for (int round = 0; round < 60; round++) {
								int q = round % queries.size();
								TopDocs found = CoordinationLevel.top(searcher, levelled(queries.get(q)), 20, 3);
								if (found.totalHits.value != alone.get(q).totalHits.value
										|| !Arrays.equals(ids(found), ids(alone.get(q)))) {
									wrong.add(round);
								}
							}
							return wrong;
						}));
					}
					start.countDown();
					for (java.util.concurrent.Future<List<Integer>> each : mismatches) {
						assertThat(each.get()).as("rounds that differed from the search alone").isEmpty();
					}
				}
				finally {
					pool.shutdownNow();
				}
			}
		}
	}

	private static Query levelled(List<String> words) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String word : words) {
			query.add(new CoordinationLevel(new TermQuery(new Term("text", word)), words.size()), Occur.SHOULD);
		}
		return query.build();
	}

	private static int[] ids(TopDocs docs) {
		return Arrays.stream(docs.scoreDocs).mapToInt(doc -> doc.doc).toArray();
	}

	// The articles whose place no rounding of a float sum can change: above the page's last score.
	private static List<Integer> clearlyAboveTheLast(TopDocs docs) {
		if (docs.scoreDocs.length == 0) {
			return List.of();
		}
		float last = docs.scoreDocs[docs.scoreDocs.length - 1].score;
		return Arrays.stream(docs.scoreDocs).filter(doc -> doc.score > last + 0.01f).map(doc -> doc.doc).sorted().toList();
	}

}
