package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

import static kr.sinmun.search.ArticleDocuments.BODY;
import static kr.sinmun.search.ArticleDocuments.HEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page highlighter reads postings its own way (opened once, moved forward across hits) and must mark
 * exactly what Lucene's own highlighter marks, with the same settings, on an index of several segments.
 */
class PageHighlighterTests {

	private static final String[] NOUNS = { "예산안", "시의회", "데이터센터", "전세", "사기", "반도체", "공장", "통학로", "청년",
			"주택", "기준금리", "교육청", "마라톤", "축제", "항만", "물류" };

	private static final String[] ENDINGS = { "을 두고 논의가 이어졌다.", "이 다음 달부터 바뀐다.", "에 대한 의견을 모으기로 했다.",
			"와 관련한 설명회가 열렸다.", "의 일정이 늦어지고 있다." };

	private Path dir;

	private IndexGeneration generation;

	@BeforeEach
	void index() throws Exception {
		dir = Files.createTempDirectory("sinmun-highlight");
		generation = IndexGeneration.open(dir, new KoreanAnalyzers(null), true);
		Random random = new Random(7);
		for (int id = 1; id <= 90; id++) {
			StringBuilder body = new StringBuilder();
			for (int p = 0; p < 4; p++) {
				body.append("<p>");
				for (int s = 0; s < 3; s++) {
					body.append(pick(random, NOUNS)).append(' ').append(pick(random, NOUNS)).append(pick(random, ENDINGS)).append(' ');
				}
				body.append("</p>");
			}
			Instant published = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(id * 3600L);
			ArticleDetail article = new ArticleDetail(id, 1, 1, pick(random, NOUNS) + " " + pick(random, NOUNS) + " 소식 " + id,
					pick(random, NOUNS) + pick(random, ENDINGS), body.toString(), "", null, null, null, List.of(pick(random, NOUNS)),
					ArticleStatus.PUBLISHED, published, published, published, 1, false, List.of(), List.of(), null);
			generation.writer.addDocument(ArticleDocuments.document(article, "society", "사회", "김하늘", generation.analyzers));
			if (id % 30 == 0) {
				// Three segments, so that a page's hits sit in different ones.
				generation.writer.commit();
			}
		}
		generation.writer.commit();
		generation.searchers.maybeRefreshBlocking();
	}

	@AfterEach
	void close() throws Exception {
		generation.close();
		IOUtils.rm(dir);
	}

	@Test
	void marksTheSameWordsAndPassagesAsLucenesHighlighter() throws Exception {
		IndexSearcher searcher = generation.searchers.acquire();
		try {
			assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
			for (String text : List.of("예산안", "전세 사기", "데이터센터 공장", "청년 주택 기준금리", "마라톤 축제를")) {
				Query query = SearchEngine.textQuery(generation.analyzers.queryTerms(text), false);
				TopDocs top = searcher.search(query, 20);
				assertThat(top.scoreDocs).as(text).hasSizeGreaterThan(5);
				assertThat(Arrays.stream(top.scoreDocs).map(doc -> doc.doc / 30).distinct().count()).as(text)
					.isGreaterThan(1);

				String[] fields = { HEADLINE, BODY };
				int[] passages = { 1, 2 };
				Map<String, String[]> ours = PageHighlighter.of(searcher, generation.analyzers)
					.highlightFields(fields, query, top, passages);
				Map<String, String[]> lucenes = lucenes(searcher).highlightFields(fields, query, top, passages);

				for (String field : fields) {
					assertThat(ours.get(field)).as("%s in %s", text, field).containsExactly(lucenes.get(field));
				}
				// Not a comparison of two empty results: the bodies carry marks.
				assertThat(ours.get(BODY)).as(text).anyMatch(snippet -> snippet != null && snippet.contains("<mark>"));
			}
		}
		finally {
			generation.searchers.release(searcher);
		}
	}

	@Test
	void keepsEachHitsStoredFields() throws Exception {
		IndexSearcher searcher = generation.searchers.acquire();
		try {
			Query query = SearchEngine.textQuery(generation.analyzers.queryTerms("반도체"), true);
			TopDocs top = searcher.search(query, 10);
			PageHighlighter highlighter = PageHighlighter.of(searcher, generation.analyzers);
			highlighter.highlightFields(new String[] { HEADLINE, BODY }, query, top, new int[] { 1, 2 });
			for (ScoreDoc hit : top.scoreDocs) {
				assertThat(highlighter.document(hit.doc).get(HEADLINE))
					.isEqualTo(searcher.storedFields().document(hit.doc).get(HEADLINE));
			}
		}
		finally {
			generation.searchers.release(searcher);
		}
	}

	// Lucene's highlighter with PageHighlighter's settings: its own postings reading and passage scorer.
	private UnifiedHighlighter lucenes(IndexSearcher searcher) {
		return new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, generation.analyzers.index())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withWeightMatches(false)
			.withFieldMatcher(field -> true)
			.withMaxLength(20_000)) {
			@Override
			protected BreakIterator getBreakIterator(String field) {
				return HEADLINE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
			}
		};
	}

	private static String pick(Random random, String[] words) {
		return words[random.nextInt(words.length)];
	}

}
