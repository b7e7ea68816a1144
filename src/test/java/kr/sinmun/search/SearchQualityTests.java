package kr.sinmun.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Measures search quality on Korean queries over the demo paper: MRR@10 and recall@10 must both reach 0.9.
 * The same queries through a substring (LIKE) search are measured too, for the comparison in docs/search.md.
 */
class SearchQualityTests extends IntegrationTest {

	@Autowired
	Search search;

	@Autowired
	Articles articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndexer indexer;

	record Judgement(String query, List<Long> expected) {
	}

	@Test
	void findsWhatAKoreanReaderMeans() throws IOException {
		List<Judgement> judgements = judgements();
		assertThat(judgements).hasSizeGreaterThanOrEqualTo(60);
		awaitIndexed();

		Scores lucene = score(judgements, query -> search.search(new SearchQuery(query, null, null, null, null, 1, 10))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList());
		Scores like = score(judgements, query -> jdbc.sql("""
				SELECT id FROM articles WHERE status = 'PUBLISHED'
				  AND (headline ILIKE '%' || :q || '%' OR body_html ILIKE '%' || :q || '%')
				ORDER BY published_at DESC LIMIT 10""").param("q", query).query(Long.class).list());

		System.out.printf("Korean search evaluation, %d queries: Lucene+Nori MRR@10 %.3f recall@10 %.3f; "
				+ "LIKE MRR@10 %.3f recall@10 %.3f%n", judgements.size(), lucene.mrr(), lucene.recall(), like.mrr(),
				like.recall());
		assertThat(lucene.failures()).as("queries that found nothing expected").hasSizeLessThanOrEqualTo(judgements.size() / 10);
		assertThat(lucene.mrr()).as("MRR@10; misses: %s", lucene.failures()).isGreaterThanOrEqualTo(0.9);
		assertThat(lucene.recall()).as("recall@10; misses: %s", lucene.failures()).isGreaterThanOrEqualTo(0.9);
	}

	record Scores(double mrr, double recall, List<String> failures) {
	}

	private static Scores score(List<Judgement> judgements, Function<String, List<Long>> engine) {
		double reciprocalRanks = 0;
		double recalls = 0;
		List<String> failures = new ArrayList<>();
		for (Judgement judgement : judgements) {
			List<Long> found = engine.apply(judgement.query());
			int rank = 0;
			for (int i = 0; i < found.size(); i++) {
				if (judgement.expected().contains(found.get(i))) {
					rank = i + 1;
					break;
				}
			}
			reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
			long hits = judgement.expected().stream().filter(found::contains).count();
			recalls += (double) hits / judgement.expected().size();
			if (rank == 0) {
				failures.add(judgement.query());
			}
		}
		return new Scores(reciprocalRanks / judgements.size(), recalls / judgements.size(), failures);
	}

	private List<Judgement> judgements() throws IOException {
		Map<String, Long> byHeadline = articles.all(null, new ArticleViewer(0, true), 1, 10_000)
			.items()
			.stream()
			.collect(Collectors.toMap(ArticleDetail::headline, ArticleDetail::id, (a, b) -> a));
		List<Judgement> judgements = new ArrayList<>();
		String text = new ClassPathResource("search/evaluation.tsv").getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			List<Long> expected = Arrays.stream(columns[1].split("\\|")).map(prefix -> byHeadline.entrySet()
				.stream()
				.filter(entry -> entry.getKey().startsWith(prefix.strip()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("평가 기사 없음: " + prefix))).toList();
			judgements.add(new Judgement(columns[0], expected));
		}
		return judgements;
	}

	// The demo paper is indexed in the background after startup: wait until every visible article is in.
	private void awaitIndexed() {
		int visible = articles.visibleVersions().size();
		await("every visible article indexed").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
			.until(this::indexed, count -> count >= visible);
	}

	private int indexed() throws IOException {
		IndexGeneration generation = indexer.live();
		generation.searchers.maybeRefreshBlocking();
		org.apache.lucene.search.IndexSearcher searcher = generation.searchers.acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			generation.searchers.release(searcher);
		}
	}

}
