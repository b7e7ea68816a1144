package kr.sinmun.pagecache;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.site.ArticleFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PageCacheIntegrationTests extends IntegrationTest {

	@Test
	void servesRepeatedPagesFromTheCacheGzippedWithSecurityHeaders() {
		WebClient web = web();
		Response first = web.get("/page/tip", "Accept-Encoding", "gzip");
		Response second = web.get("/page/tip", "Accept-Encoding", "gzip");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(second.header("Vary")).isEqualTo("Accept-Encoding");
		assertThat(second.bytes().length).isLessThan(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		assertThat(second.body()).isEqualTo(first.body()).contains("<h1>기사제보</h1>");
		assertThat(second.header("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");

		Response plain = web.get("/page/tip");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(plain.body()).isEqualTo(first.body());
	}

	@Test
	void servesBrotliToBrowsersThatAcceptItAndTheSameTextDecoded() throws Exception {
		WebClient web = web();
		String plain = web.get("/page/youth-policy").body();
		Response brotli = web.get("/page/youth-policy", "Accept-Encoding", "gzip, deflate, br, zstd");
		assertThat(brotli.header("Content-Encoding")).isEqualTo("br");
		assertThat(brotli.header("Content-Length")).isEqualTo(String.valueOf(brotli.bytes().length));
		com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
		byte[] decoded = com.aayushatharva.brotli4j.decoder.Decoder.decompress(brotli.bytes()).getDecompressedData();
		assertThat(new String(decoded, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain).contains("</html>");

		Response gzip = web.get("/page/youth-policy", "Accept-Encoding", "br;q=0, gzip");
		assertThat(gzip.header("Content-Encoding")).as("br refused with q=0").isEqualTo("gzip");
		assertThat(brotli.bytes().length).isLessThan(gzip.bytes().length);
		Response head = web.head("/page/youth-policy", "Accept-Encoding", "br");
		assertThat(head.header("Content-Length")).isEqualTo(brotli.header("Content-Length"));
		assertThat(head.bytes()).isEmpty();
	}

	@Test
	void answersNotModifiedSinceTheLastModifiedTime() {
		WebClient web = web();
		web.get("/rss/allArticle.xml");
		Response cached = web.get("/rss/allArticle.xml");
		String lastModified = cached.header("Last-Modified");
		assertThat(lastModified).isNotBlank();
		assertThat(web.get("/rss/allArticle.xml", "If-Modified-Since", lastModified).status()).isEqualTo(304);
		assertThat(web.get("/rss/allArticle.xml", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").status())
			.isEqualTo(200);
		assertThat(web.get("/rss/allArticle.xml", "If-Modified-Since", "yesterday").status()).as("unparseable").isEqualTo(200);
	}

	@Test
	void answersNotModifiedForAMatchingEtag() {
		WebClient web = web();
		web.get("/page/privacy");
		String etag = web.get("/page/privacy").header("ETag");
		assertThat(etag).isNotBlank();
		Response conditional = web.get("/page/privacy", "If-None-Match", etag);
		assertThat(conditional.status()).isEqualTo(304);
		assertThat(conditional.bytes()).isEmpty();
	}

	@Test
	void neverCachesRequestsThatCarryCredentialsOrASession() {
		WebClient web = web();
		web.get("/page/about");
		Response withSession = web.get("/page/about", "Cookie", "JSESSIONID=abc");
		assertThat(withSession.header("ETag")).isNull();
		// A plain request is answered from the cache. (The suite shares one application, so another test's
		// change may empty the cache in between; a second plain request must then be the cached one.)
		Response cached = web.get("/page/about");
		if (cached.header("ETag") == null) {
			cached = web.get("/page/about");
		}
		assertThat(cached.header("ETag")).isNotNull();
	}

	@Autowired
	PageCache cache;

	@Autowired
	kr.sinmun.article.Articles articles;

	@Autowired
	kr.sinmun.section.Sections sections;

	@Autowired
	kr.sinmun.people.People people;

	@Autowired
	java.time.Clock clock;

	@Autowired
	org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext server;

	@Test
	void smallPagesGoOutFromMemoryInOneWriteAndLargeOnesThroughSendfileWhole() {
		org.apache.catalina.connector.Connector connector = ((org.springframework.boot.tomcat.TomcatWebServer) server
			.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(Integer.toString(ResponseWrites.WRITE_BUFFER));

		WebClient web = web();
		// The feed carries whole articles; one long one makes it far larger than one write.
		articles.create(new kr.sinmun.article.ArticleDraft(sections.bySlug("culture").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "긴 기사: 피드를 한 번에 쓸 수 없게", null,
				"<p>" + "긴 본문의 한 문장입니다. ".repeat(2000) + "</p>", List.of(), kr.sinmun.article.ArticleStatus.PUBLISHED,
				null));
		Response rendered = web.get("/rss/allArticle.xml");
		Response sent = web.get("/rss/allArticle.xml");
		PageCache.CachedPage feed = cache.get("/rss/allArticle.xml");
		if (feed == null) { // another test's publish emptied the cache in between
			sent = web.get("/rss/allArticle.xml");
			feed = cache.get("/rss/allArticle.xml");
		}
		assertThat(feed.plain().bytes().length).isGreaterThan(ResponseWrites.WRITE_BUFFER);
		assertThat(feed.plain().file()).as("a large page is kept as a file for sendfile").isNotNull();
		assertThat(sent.header("ETag")).isEqualTo(feed.etag());
		assertThat(sent.bytes()).isEqualTo(feed.plain().bytes()).isEqualTo(rendered.bytes());

		web.get("/page/tip");
		Response small = web.get("/page/tip");
		PageCache.CachedPage tip = cache.get("/page/tip");
		assertThat(tip).isNotNull();
		assertThat(ResponseWrites.fitsOneWrite(tip.plain().bytes().length)).isTrue();
		assertThat(tip.plain().file()).as("a page that fits one write needs no file").isNull();
		assertThat(small.bytes()).isEqualTo(tip.plain().bytes());
	}

	@Test
	void hitsAreAnsweredInTheEnginePipelineBehindTheProxyValveWithEachHeaderOnce() throws Exception {
		org.apache.catalina.Valve[] valves = ((org.springframework.boot.tomcat.TomcatWebServer) server.getWebServer())
			.getTomcat()
			.getEngine()
			.getPipeline()
			.getValves();
		List<String> names = java.util.Arrays.stream(valves).map(valve -> valve.getClass().getSimpleName()).toList();
		assertThat(names).as("the reader's address is known before a hit is counted")
			.containsSubsequence("RemoteIpValve", "CachedPageValve");

		WebClient web = web();
		web.get("/page/tip");
		Response hit = web.get("/page/tip", "Accept-Encoding", "gzip");
		if (hit.header("ETag") == null) { // another test emptied the cache in between
			hit = web.get("/page/tip", "Accept-Encoding", "gzip");
		}
		java.net.http.HttpHeaders headers = hit.raw().headers();
		for (String name : List.of("Content-Type", "Vary", "ETag", "Content-Encoding", "Content-Length", "Date",
				"Cache-Control", "Surrogate-Key", "Content-Security-Policy")) {
			assertThat(headers.allValues(name)).as(name).hasSize(1);
		}
		assertThat(java.time.ZonedDateTime.parse(hit.header("Date"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME))
			.isCloseTo(java.time.ZonedDateTime.now(), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
		assertThat(hit.header("Content-Length")).isEqualTo(String.valueOf(hit.bytes().length));
		byte[] text = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(hit.bytes())).readAllBytes();
		assertThat(new String(text, java.nio.charset.StandardCharsets.UTF_8)).contains("<h1>기사제보</h1>");
	}

	@Test
	void aThousandSimultaneousRequestsForAMissingPageCauseOneRender() throws Exception {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "sports", "동시 요청 시험 기사",
				clock.instant().minusSeconds(120));
		java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
			.executor(java.util.concurrent.Executors.newFixedThreadPool(64))
			.build();
		long before = cache.stores();
		List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			calls.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + "/news/" + article.id())).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString()));
		}
		java.util.Set<String> bodies = new java.util.HashSet<>();
		for (var call : calls) {
			java.net.http.HttpResponse<String> response = call.get();
			assertThat(response.statusCode()).isEqualTo(200);
			bodies.add(response.body());
		}
		assertThat(bodies).hasSize(1);
		assertThat(cache.stores() - before).as("renders stored").isEqualTo(1);
	}

	@Test
	void aPublishDropsOnlyThePagesThatShowTheArticleAndTellsTheCdn() throws Exception {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "culture", "정밀 무효화 시험 기사",
				clock.instant().minusSeconds(300));
		// Another section's article by another reporter: nothing on its page shows the first article.
		ArticleDetail other = articles.create(new kr.sinmun.article.ArticleDraft(sections.bySlug("world").orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), "다른 섹션 기사", null, "<p>다른 기자의 다른 섹션 기사입니다.</p>",
				List.of(), kr.sinmun.article.ArticleStatus.PUBLISHED, clock.instant().minusSeconds(400)));
		int culture = sections.bySlug("culture").orElseThrow().id();
		for (String path : List.of("/", "/news/" + article.id(), "/news/" + other.id(), "/section/culture", "/section/world",
				"/rss/allArticle.xml", "/page/about")) {
			web().get(path);
		}
		Response page = web().get("/news/" + article.id());
		// The reporter's key (their card and "other articles" are on the page), then the kind of page and its section,
		// which name the banner slots it shows (see BannerSlotsIntegrationTests).
		String reporter = "reporter-" + article.reporterId();
		assertThat(page.header("Surrogate-Key"))
			.isEqualTo("site article-" + article.id() + " " + reporter + " ads-article ads-article-" + culture);
		assertThat(page.header("Cache-Tag"))
			.isEqualTo("site,article-" + article.id() + "," + reporter + ",ads-article,ads-article-" + culture);
		assertThat(page.header("Cache-Control")).contains("s-maxage=60").contains("stale-while-revalidate=30")
			.contains("max-age=0");
		assertThat(web().get("/section/culture").header("Surrogate-Key"))
			.isEqualTo("site section-" + culture + " ads-section ads-section-" + culture);
		assertThat(cache.contains("/news/" + other.id())).isTrue();

		articles.update(article.id(), new kr.sinmun.article.ArticleDraft(article.sectionId(), article.reporterId(),
				"정밀 무효화 시험 기사(수정)", null, "<p>고친 본문.</p>", List.of(), kr.sinmun.article.ArticleStatus.PUBLISHED,
				null));
		assertThat(cache.contains("/news/" + article.id())).isFalse();
		assertThat(cache.contains("/section/culture")).isFalse();
		assertThat(cache.contains("/")).isFalse();
		assertThat(cache.contains("/rss/allArticle.xml")).isFalse();
		assertThat(cache.contains("/news/" + other.id())).as("another section's article").isTrue();
		assertThat(cache.contains("/section/world")).as("another section").isTrue();
		assertThat(cache.contains("/page/about")).isTrue();
		assertThat(web().get("/news/" + article.id()).body()).contains("정밀 무효화 시험 기사(수정)");

		await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(CDN.purges()).anySatisfy(keys -> assertThat(List.of(keys.split(" ")))
				.contains("article-" + article.id(), "section-" + culture, "home", "feed")));
	}

}
