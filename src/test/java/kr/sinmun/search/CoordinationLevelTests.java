package kr.sinmun.search;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores that rank by how many of a query's parts an article has, then by BM25, and read back exactly. */
class CoordinationLevelTests {

	@Test
	void aScoreReadsBackAsItsLevelAndItsTextScore() {
		assertThat(CoordinationLevel.level(7 * CoordinationLevel.LEVEL + 3.25f)).isEqualTo(7);
		assertThat(CoordinationLevel.text(7 * CoordinationLevel.LEVEL + 3.25f)).isEqualTo(3.25f);
		// A sum of floats a hair under a whole level is that level with no text score, not the level below.
		assertThat(CoordinationLevel.level(3 * CoordinationLevel.LEVEL - 0.001f)).isEqualTo(3);
		assertThat(CoordinationLevel.text(3 * CoordinationLevel.LEVEL - 0.001f)).isZero();
	}

	@Test
	void moreWordsRankAboveAHigherBm25AndTheFewestAskedForAreKeptAndCounted() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				add(writer, "0", "가 나 다 라 마 바 사 아 자 차 카 타 파 하 가 나 다 라");
				add(writer, "1", "라 라 라 라 마 마 마 마");
				add(writer, "2", "가");
				add(writer, "3", "나 다");
				for (int i = 0; i < 20; i++) {
					add(writer, "filler" + i, "하 하 하");
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				List<String> words = List.of("가", "나", "다", "라", "마");
				BooleanQuery.Builder levelled = new BooleanQuery.Builder();
				for (String word : words) {
					levelled.add(new CoordinationLevel(new TermQuery(new Term("text", word)), words.size()), Occur.SHOULD);
				}
				Query query = levelled.build();

				TopDocs all = searcher.search(query, 10);
				assertThat(ids(searcher, all)).containsExactly("0", "1", "3", "2");
				assertThat(all.scoreDocs).extracting(doc -> CoordinationLevel.level(doc.score)).containsExactly(5, 2, 2, 1);
				// The text part is the BM25 sum of the same words unlevelled.
				BooleanQuery.Builder plain = new BooleanQuery.Builder();
				words.forEach(word -> plain.add(new TermQuery(new Term("text", word)), Occur.SHOULD));
				TopDocs bm25 = searcher.search(plain.build(), 10);
				assertThat(CoordinationLevel.text(all.scoreDocs[1].score)).isCloseTo(score(bm25, all.scoreDocs[1].doc),
						org.assertj.core.data.Offset.offset(0.01f));
				// Article 1 repeats two words: more BM25 than article 3's two, so it ranks first of the two.
				assertThat(score(bm25, all.scoreDocs[1].doc)).isGreaterThan(score(bm25, all.scoreDocs[2].doc));

				TopDocs twoOrMore = CoordinationLevel.top(searcher, query, 10, 2);
				assertThat(ids(searcher, twoOrMore)).containsExactly("0", "1", "3");
				assertThat(twoOrMore.totalHits).isEqualTo(new TotalHits(3, TotalHits.Relation.EQUAL_TO));
				assertThat(searcher.explain(query, all.scoreDocs[0].doc).getValue().floatValue())
					.isEqualTo(all.scoreDocs[0].score, org.assertj.core.data.Offset.offset(0.01f));
			}
		}
	}

	private static float score(TopDocs docs, int doc) {
		for (ScoreDoc each : docs.scoreDocs) {
			if (each.doc == doc) {
				return each.score;
			}
		}
		throw new AssertionError("not found: " + doc);
	}

	private static void add(IndexWriter writer, String id, String text) throws Exception {
		Document document = new Document();
		document.add(new org.apache.lucene.document.StringField("id", id, Field.Store.YES));
		document.add(new TextField("text", text, Field.Store.NO));
		writer.addDocument(document);
	}

	private static List<String> ids(IndexSearcher searcher, TopDocs docs) throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		for (ScoreDoc doc : docs.scoreDocs) {
			ids.add(searcher.storedFields().document(doc.doc).get("id"));
		}
		return ids;
	}

}
