package kr.sinmun.pagecache;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;
import kr.sinmun.site.ArticleFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of URLs that differ only in what a page ignores, or in values it refuses, must be answered from the
 * cache like any hit: no render and no new entry per URL, so the hot pages stay in memory.
 */
class CacheBustingIntegrationTests extends IntegrationTest {

	private static final int FLOOD = 40;

	@Autowired
	PageCache cache;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private static String random() {
		return Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
	}

	// The suite shares one application: another test's publish may drop a page between two requests, so a page
	// counts as cached once a second request in a row finds it.
	private Response cached(WebClient web, String path) {
		web.get(path);
		return web.get(path);
	}

	@Test
	void queryStringsTheHomePageDoesNotReadAreOneCachedPage() {
		WebClient web = web();
		String etag = cached(web, "/").header("ETag");
		long before = cache.renders();
		for (int i = 0; i < FLOOD; i++) {
			Response response = web.get(i % 2 == 0 ? "/?page=" + random() : "/?utm_source=" + random() + "&page=2");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("ETag")).as("the home page's cached copy").isIn(etag, null);
		}
		assertThat(cache.renders() - before).as("renders for %s unique query strings", FLOOD).isLessThanOrEqualTo(1);
		assertThat(cache.contains("/")).isTrue();
	}

	@Test
	void aWrongSlugOrAPaddedIdIsRedirectedToTheCanonicalAddressWithoutARender() {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "economy", "주소 정리 시험 기사",
				clock.instant().minusSeconds(600));
		WebClient web = web();
		String canonical = "/news/" + article.id();
		Response redirect = web.get(canonical + "/" + random());
		assertThat(redirect.status()).isEqualTo(301);
		assertThat(redirect.header("Location")).isEqualTo(canonical);
		assertThat(redirect.header("Cache-Control")).contains("public", "max-age=");

		long before = cache.renders();
		for (int i = 0; i < FLOOD; i++) {
			String path = switch (i % 5) {
				case 0 -> canonical + "/" + random();
				case 1 -> canonical + "/%EA%B8%B0%EC%82%AC-" + random();
				case 2 -> "/news/000" + article.id() + "?x=" + random();
				case 3 -> canonical + "/";
				default -> "/news/%3" + Long.toString(article.id()).charAt(0) + Long.toString(article.id()).substring(1)
						+ "?x=" + random();
			};
			Response response = web.get(path);
			assertThat(response.status()).as(path).isEqualTo(301);
			assertThat(response.header("Location")).as(path).isEqualTo(canonical);
			assertThat(response.bytes()).isEmpty();
		}
		assertThat(cache.renders() - before).as("renders for %s wrong addresses", FLOOD).isZero();
		assertThat(web.head(canonical + "/" + random()).status()).isEqualTo(301);

		Response page = web.get(redirect.header("Location"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("주소 정리 시험 기사");

		articles.delete(article.id());
		Response gone = web.get(canonical + "/" + random());
		assertThat(gone.status()).isEqualTo(301);
		assertThat(web.get(gone.header("Location")).status()).as("a withdrawn article's old link").isEqualTo(404);
	}

	@Test
	void aListPageNumberIsReadOnceAndNumbersPastTheLastPageShareOneCachedNotFound() {
		// A second page to read: the demo paper has fewer than 20 articles in a section.
		List<ArticleDetail> filler = new java.util.ArrayList<>();
		for (int i = 0; i < 21; i++) {
			filler.add(ArticleFixtures.publish(articles, sections, people, "world", "쪽 번호 시험 기사 " + i,
					clock.instant().minus(java.time.Duration.ofDays(20)).minusSeconds(i)));
		}
		try {
			floodListPages(web());
		}
		finally {
			filler.forEach(article -> articles.delete(article.id()));
		}
	}

	private void floodListPages(WebClient web) {
		Response second = cached(web, "/section/world?page=2");
		assertThat(second.status()).isEqualTo(200);
		assertThat(web.get("/section/world?page=02&utm_medium=x").header("ETag")).isIn(second.header("ETag"), null);
		assertThat(web.get("/section/world?page=1").header("ETag")).isIn(cached(web, "/section/world").header("ETag"),
				null);

		long before = cache.renders();
		for (int i = 0; i < FLOOD; i++) {
			String page = switch (i % 4) {
				case 0 -> Integer.toString(ThreadLocalRandom.current().nextInt(100, 999_999));
				case 1 -> random();
				case 2 -> "-" + i;
				default -> ThreadLocalRandom.current().nextInt(100, 999_999) + "&x=" + random();
			};
			Response response = web.get("/section/world?page=" + page);
			assertThat(response.status()).as(page).isEqualTo(404);
			assertThat(response.body()).contains("페이지를 찾을 수 없습니다");
		}
		assertThat(cache.renders() - before).as("renders for %s page numbers that do not exist", FLOOD)
			.isLessThanOrEqualTo(2);
		assertThat(web.get("/section/world?page=2").status()).as("a real page is still served").isEqualTo(200);
		assertThat(web.get("/reporter/2?page=" + random()).status()).isEqualTo(404);
	}

	@Test
	void theSameFloodOnAReporterPageCostsOneRender() {
		WebClient web = web();
		assertThat(cached(web, "/reporter/2").status()).isEqualTo(200);
		long before = cache.renders();
		for (int i = 0; i < FLOOD; i++) {
			String query = List.of("?page=1", "?ref=" + random(), "?page=" + random(), "?page=9" + i * 1000).get(i % 4);
			assertThat(web.get("/reporter/2" + query).status()).isIn(200, 404);
		}
		assertThat(cache.renders() - before).isLessThanOrEqualTo(2);
	}

}
