package kr.sinmun.pagecache;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * A cached page is answered to everyone, so nothing that depends on the request that rendered it may be stored
 * with it. The test client connects from 127.0.0.1, a trusted proxy, so {@code X-Forwarded-Proto: https} makes
 * the request secure as a TLS-terminating proxy in front would.
 */
class StoredHeadersIntegrationTests extends IntegrationTest {

	private static final String HSTS = "Strict-Transport-Security";

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

	@Test
	void aPageRenderedForASecureRequestIsNeverServedWithStrictTransportSecurityOverPlainHttp() {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "culture", "보안 헤더 시험 기사",
				clock.instant().minusSeconds(300));
		String path = "/news/" + article.id();
		WebClient web = web();

		Response secureRender = web.get(path, "X-Forwarded-Proto", "https");
		assertThat(secureRender.status()).isEqualTo(200);
		assertThat(secureRender.header(HSTS)).as("a secure request gets HSTS").contains("max-age=");
		assertThat(cache.contains(path)).isTrue();

		Response plainHit = web.get(path);
		assertThat(plainHit.header("ETag")).as("answered from the cache").isNotNull();
		assertThat(plainHit.header(HSTS)).as("RFC 6797 7.2: never over plain HTTP").isNull();

		Response secureHit = web.get(path, "X-Forwarded-Proto", "https");
		assertThat(secureHit.header("ETag")).isNotNull();
		assertThat(secureHit.raw().headers().allValues(HSTS)).as("a secure hit gets it once")
			.containsExactly(secureRender.header(HSTS));

		// And the other way round: a page first rendered for plain HTTP still gets HSTS on a secure hit.
		ArticleDetail other = ArticleFixtures.publish(articles, sections, people, "culture", "보안 헤더 시험 기사 2",
				clock.instant().minusSeconds(300));
		web.get("/news/" + other.id());
		assertThat(web.get("/news/" + other.id(), "X-Forwarded-Proto", "https").raw().headers().allValues(HSTS))
			.containsExactly(secureRender.header(HSTS));
	}

	@Test
	void whateverTheRequestCarriedTheStoredHeadersAreTheSame() {
		WebClient web = web();
		Map<String, List<String>> stored = new TreeMap<>();
		List<String[]> requests = List.of(new String[0],
				new String[] { "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Host",
						"evil.example", "Origin", "https://evil.example", "Accept-Language", "en-US",
						"Accept-Encoding", "br", "User-Agent", "Mozilla/5.0 (stored headers)" });
		for (String[] headers : requests) {
			for (String path : List.of("/page/about", "/rss/allArticle.xml", "/section/sports")) {
				cache.clear();
				assertThat(web.get(path, headers).status()).isEqualTo(200);
				PageCache.CachedPage page = cache.get(path);
				assertThat(page).isNotNull();
				List<String> wire = page.wire().stream().map(header -> header.name() + ": " + header.value()).toList();
				List<String> first = stored.putIfAbsent(path, wire);
				if (first != null) {
					assertThat(wire).as("stored headers of %s rendered for a different request", path)
						.containsExactlyInAnyOrderElementsOf(first);
				}
			}
		}
	}

	/**
	 * Tomcat reuses a connection's header fields from one response to the next and writes Content-Length's digits
	 * into the buffer a field last held. A stored page's header bytes must never be that buffer, or the next
	 * response with fewer headers on the connection rewrites them for every later reader.
	 */
	@Test
	void storedHeaderBytesStayWhatTheyWereWhateverElseTheConnectionAnswers() {
		WebClient web = web();
		List<String> cached = List.of("/rss/allArticle.xml", "/page/about", "/section/culture", "/sitemap.xml", "/");
		cached.forEach(web::get);
		List<String[]> requests = List.of(new String[] { "/rss/allArticle.xml", "Accept-Encoding", "gzip" },
				new String[] { "/css/site.css" }, new String[] { "/page/about", "X-Forwarded-Proto", "https" },
				new String[] { "/news/1/x" }, new String[] { "/ad/fill?slot=header", "User-Agent", "Mozilla/5.0" },
				new String[] { "/sitemap.xml", "Accept-Encoding", "br" }, new String[] { "/robots.txt" },
				new String[] { "/section/culture" }, new String[] { "/favicon.ico" }, new String[] { "/search?q=x" },
				new String[] { "/", "Accept-Encoding", "gzip", "X-Forwarded-Proto", "https" }, new String[] { "/page/about" });
		for (int round = 0; round < 3; round++) {
			for (String[] request : requests) {
				web.get(request[0], java.util.Arrays.copyOfRange(request, 1, request.length));
			}
		}
		for (String path : cached) {
			PageCache.CachedPage page = cache.get(path);
			if (page == null) { // another test's change dropped it meanwhile
				continue;
			}
			for (PageCache.Header header : page.wire()) {
				assertThat(header.valueBytes()).as("%s of %s", header.name(), path)
					.isEqualTo(PageCache.Header.of(header.name(), header.value()).valueBytes());
			}
			Response hit = web.get(path);
			for (PageCache.Header header : page.wire()) {
				assertThat(hit.raw().headers().allValues(header.name())).as("%s of %s", header.name(), path)
					.containsExactly(header.value());
			}
		}
	}

}
