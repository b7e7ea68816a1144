package kr.sinmun.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the cache table in docs/architecture.md promises a CDN, kind by kind: whatever a node keeps in its page cache for the
 * TTL (60 s by default), a CDN may keep as long, and serve a little longer while it fetches the new copy.
 */
class CachePolicyIntegrationTests extends IntegrationTest {

	private static final String SHARED = "public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=30";

	@Test
	void pagesFeedsAndSitemapsMayBeKeptByACdnAsLongAsANodeKeepsThem() {
		WebClient web = web();
		for (String path : List.of("/", "/section/politics", "/news/1", "/reporter/2", "/page/about",
				"/rss/allArticle.xml", "/rss/politics.xml", "/sitemap.xml", "/sitemap-news.xml", "/sitemap-sections.xml",
				"/sitemap-pages.xml", "/robots.txt")) {
			WebClient.Response response = web.get(path);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(response.header("Cache-Control")).as(path).isEqualTo(SHARED);
			assertThat(response.header("Surrogate-Key")).as("%s can be purged", path).startsWith("site ");
		}
	}

	@Test
	void searchResultsAreNeverStoredBySharedCaches() {
		assertThat(web().get("/search?q=%EA%B8%88%EB%A6%AC").header("Cache-Control")).isEqualTo("no-store");
	}

}
