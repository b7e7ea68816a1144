package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.util.IOUtils;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

/** A small index of articles written for a ranking test, each published some days before {@link #NOW}. */
final class RankingIndex implements AutoCloseable {

	static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	private final Path dir;

	final IndexGeneration generation;

	RankingIndex() throws Exception {
		dir = Files.createTempDirectory("sinmun-ranking");
		generation = IndexGeneration.open(dir, new KoreanAnalyzers(null), true);
	}

	RankingIndex add(long id, double daysAgo, String headline, String body) throws Exception {
		Instant published = NOW.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60)));
		ArticleDetail article = new ArticleDetail(id, 1, 1, headline, null, "<p>" + body + "</p>", "", null, null, null,
				List.of(), ArticleStatus.PUBLISHED, published, published, published, 1, false, List.of(), List.of(), null);
		generation.writer.addDocument(ArticleDocuments.document(article, "society", "사회", "김하늘", generation.analyzers));
		return this;
	}

	RankingIndex ready() throws Exception {
		generation.writer.commit();
		generation.searchers.maybeRefreshBlocking();
		return this;
	}

	SearchResults search(String text) {
		return SearchEngine.search(generation, new SearchQuery(text, null, null, null, null, 1, 10), NOW.toEpochMilli());
	}

	List<Long> ids(String text) {
		return search(text).hits().stream().map(SearchHit::id).toList();
	}

	@Override
	public void close() throws Exception {
		generation.close();
		IOUtils.rm(dir);
	}

}
