package kr.sinmun.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentsTests {

	private static final KoreanAnalyzers ANALYZERS = new KoreanAnalyzers(null);

	private static final Instant PUBLISHED = Instant.parse("2026-11-20T01:00:00Z");

	// The body is analyzed once and replayed into its field; what lands in the index must be exactly what
	// Lucene writes when it analyzes the text itself: every term, position and offset (highlighting reads them).
	@Test
	void bodyIsIndexedExactlyAsTheAnalyzerWouldIndexIt() throws IOException {
		String html = "<p>한빛시의회가 내년도 예산안을 의결했다. 데이터센터 유치 예산은 지난해보다 늘었고, AI 교육과 5G 기지국 "
				+ "사업도 포함됐다.</p><p>시의회는 \"예산안 심사가 늦어졌다\"며 K팝 공연장 건립은 다음 회기로 미뤘다.</p>";
		Document ours = ArticleDocuments.document(article(1, "예산안 의결", html), "politics", "정치", "김하늘", ANALYZERS);
		FieldType plain = new FieldType(TextField.TYPE_STORED);
		plain.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		Document lucenes = new Document();
		lucenes.add(new Field(ArticleDocuments.BODY, ours.get(ArticleDocuments.BODY), plain));

		List<String> expected = postings(lucenes, ArticleDocuments.BODY);
		assertThat(expected).hasSizeGreaterThan(15);
		assertThat(postings(ours, ArticleDocuments.BODY)).containsExactlyElementsOf(expected);
	}

	// BM25F: a word in the headline counts three times, added to its count in the body.
	@Test
	void searchTextWeighsHeadlineWordsAboveBodyWords() throws IOException {
		Document document = ArticleDocuments.document(
				article(1, "마라톤 코스 바뀐다", "<p>올해 마라톤 참가자는 늘었다. 마라톤 당일 교통이 통제된다.</p>"), "sports", "스포츠",
				"김하늘", ANALYZERS);
		try (Directory directory = index(document); DirectoryReader reader = DirectoryReader.open(directory)) {
			LeafReader leaf = reader.leaves().get(0).reader();
			PostingsEnum postings = leaf.postings(new Term(ArticleDocuments.TEXT, "마라톤"), PostingsEnum.FREQS);
			assertThat(postings.nextDoc()).isZero();
			assertThat(postings.freq()).isEqualTo(ArticleDocuments.TITLE_WEIGHT * 1 + 2);
			PostingsEnum byline = leaf.postings(new Term(ArticleDocuments.TEXT, "김하늘"), PostingsEnum.FREQS);
			assertThat(byline).as("the byline is searchable").isNotNull();
		}
	}

	// Once in the headline and once in the body outranks three times in the body alone.
	@Test
	void headlineMatchRanksAboveBodyMentions() throws IOException {
		Path dir = Files.createTempDirectory("sinmun-weights");
		try (IndexGeneration generation = IndexGeneration.open(dir, ANALYZERS, true)) {
			String filler = "<p>주민들은 일정이 확정되면 다시 안내를 받게 된다. 관계 기관은 준비 상황을 점검했다.</p>";
			generation.writer.addDocument(ArticleDocuments.document(
					article(1, "도서관 개관 일정 확정", "<p>새 도서관이 다음 달 문을 연다. 열람실과 강당을 갖췄다.</p>" + filler),
					"society", "사회", "김하늘", ANALYZERS));
			generation.writer.addDocument(ArticleDocuments.document(
					article(2, "구청 새해 사업 발표", "<p>구청은 도서관 두 곳을 짓는다. 도서관 예산이 늘었고 도서관 사서도 뽑는다.</p>" + filler),
					"society", "사회", "김하늘", ANALYZERS));
			generation.finishBuild();
			SearchResults results = SearchEngine.search(generation,
					new SearchQuery("도서관", null, null, null, null, 1, 10), PUBLISHED.toEpochMilli());
			assertThat(results.hits()).extracting(SearchHit::id).containsExactly(1L, 2L);
		}
		finally {
			IOUtils.rm(dir);
		}
	}

	private static Directory index(Document document) throws IOException {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZERS.index()))) {
			writer.addDocument(document);
		}
		return directory;
	}

	private static List<String> postings(Document document, String field) throws IOException {
		List<String> postings = new ArrayList<>();
		try (Directory directory = index(document); DirectoryReader reader = DirectoryReader.open(directory)) {
			TermsEnum terms = reader.leaves().get(0).reader().terms(field).iterator();
			for (BytesRef term = terms.next(); term != null; term = terms.next()) {
				PostingsEnum positions = terms.postings(null, PostingsEnum.OFFSETS);
				positions.nextDoc();
				for (int i = 0; i < positions.freq(); i++) {
					int position = positions.nextPosition();
					postings.add(term.utf8ToString() + "@" + position + ":" + positions.startOffset() + "-"
							+ positions.endOffset());
				}
			}
		}
		return postings;
	}

	private static ArticleDetail article(long id, String headline, String bodyHtml) {
		return new ArticleDetail(id, 1, 1, headline, null, bodyHtml, "", null, null, null, List.of(),
				ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1, false, List.of(), List.of(), null);
	}

}
