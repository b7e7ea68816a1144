package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.platform.KoreanParticles;

import static org.assertj.core.api.Assertions.assertThat;

class TypoCorrectionsTests {

	private static final KoreanAnalyzers ANALYZERS = new KoreanAnalyzers(null);

	private static final Instant PUBLISHED = Instant.parse("2026-11-20T01:00:00Z");

	private Path dir;

	private IndexGeneration generation;

	@BeforeEach
	void index() throws Exception {
		dir = Files.createTempDirectory("sinmun-typos");
		generation = IndexGeneration.open(dir, ANALYZERS, true);
		add(1, "국토교통부, 철도 지하화 선도 사업 세 곳 발표", "국토교통부는 도심 철도를 땅속으로 옮기는 선도 사업 대상지를 골랐다.");
		add(2, "삼성전자 반도체 공장 증설", "삼성전자가 평택에 반도체 생산 라인을 더 짓는다. 삼성전자는 투자 규모를 밝히지 않았다.");
		add(3, "부동산 대책 발표…대출 규제 완화", "정부가 부동산 대책을 내놨다. 부동산 시장의 거래 절벽을 풀려는 조치다. 부동산 세제도 손본다.");
		// The exact words of 부동싼 as Nori reads them (부동 + 싸), in another story: found as typed.
		add(4, "부동 층 표심, 싼 전세 공약에 쏠려", "선거를 앞두고 부동 층 유권자들이 싼 전세 공약에 관심을 보였다.");
		add(5, "한강 마라톤 대회 코스 공개", "올해 마라톤 대회는 한강 공원을 따라 달린다.");
		generation.finishBuild();
	}

	@AfterEach
	void close() throws Exception {
		generation.close();
		IOUtils.rm(dir);
	}

	@Test
	void correctsOneJamoInAWordNoArticleContains() throws Exception {
		assertThat(corrected("국토교통뷰 철도")).isEqualTo("국토교통부 철도");
		assertThat(corrected("삼성젼자가")).isEqualTo("삼성전자가");
		assertThat(corrected("부동싼 대책")).isEqualTo("부동산 대책");
		assertThat(corrected("마라튼")).isEqualTo("마라톤");
		assertThat(corrected("국토교통부 철도")).as("nothing to correct").isNull();
		assertThat(corrected("퀘이사르")).as("nothing close enough").isNull();
		assertThat(corrected("bq12z 마라튼")).as("a word with digits is a code, not a typo").isEqualTo("bq12z 마라톤");
		assertThat(corrected("가".repeat(500))).isNull();
	}

	@Test
	void findsTheArticleThroughTheCorrectionAndOffersIt() {
		SearchResults results = search("국토교통뷰 지하화");
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(1L);
		assertThat(results.didYouMean()).isEqualTo("국토교통부 지하화");
		assertThat(search("삼성젼자").hits()).extracting(SearchHit::id).containsExactly(2L);
		// The page writes the particle the corrected word takes: 삼성전자를, 국토교통부 지하화를.
		assertThat(KoreanParticles.objectOf(search("삼성젼자").didYouMean())).isEqualTo("를");
		assertThat(KoreanParticles.objectOf(search("부동싼").didYouMean())).isEqualTo("을");
	}

	// 부동싼 is found as typed in article 4 (부동 + 싸); the correction 부동산 finds article 3, whose headline and body
	// say 부동산 three times and would outscore it: it still comes after.
	@Test
	void anExactMatchAlwaysRanksAboveATypoCorrectedOne() {
		SearchResults results = search("부동싼");
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly(4L, 3L);
		assertThat(results.total()).isEqualTo(2);
		assertThat(search("부동산").hits()).extracting(SearchHit::id).containsExactly(3L);
	}

	@Test
	void spellsSyllablesInJamoAndBack() {
		assertThat(HangulJamo.spell("전")).hasSize(3);
		assertThat(HangulJamo.spell("젼자")).isNotEqualTo(HangulJamo.spell("전자"));
		assertThat(HangulJamo.join(HangulJamo.spell("부동산을"))).isEqualTo("부동산을");
		assertThat(HangulJamo.withoutParticle("삼성전자가")).isEqualTo("삼성전자");
		assertThat(HangulJamo.withoutParticle("국가")).as("at least two syllables are left").isEqualTo("국가");
	}

	private String corrected(String text) throws Exception {
		IndexSearcher searcher = generation.searchers.acquire();
		try {
			TypoCorrections.Corrected corrected = TypoCorrections.of(searcher, ANALYZERS, text);
			return corrected == null ? null : corrected.text();
		}
		finally {
			generation.searchers.release(searcher);
		}
	}

	private SearchResults search(String text) {
		return SearchEngine.search(generation, new SearchQuery(text, null, null, null, null, 1, 10), PUBLISHED.toEpochMilli());
	}

	private void add(long id, String headline, String body) throws Exception {
		generation.writer.addDocument(ArticleDocuments.document(new ArticleDetail(id, 1, 1, headline, null, "<p>" + body + "</p>",
				"", null, null, null, List.of(), ArticleStatus.PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED, 1, false, List.of(),
				List.of(), null), "society", "사회", "김하늘", ANALYZERS));
	}

}
