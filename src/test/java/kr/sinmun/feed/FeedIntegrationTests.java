package kr.sinmun.feed;

import java.io.StringReader;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every output checked by a real parser or against its published schema. */
class FeedIntegrationTests extends IntegrationTest {

	private static final URL SITEMAP_XSD = FeedIntegrationTests.class.getResource("/com/redfin/sitemapgenerator/sitemap.xsd");

	private static final URL SITEINDEX_XSD = FeedIntegrationTests.class
		.getResource("/com/redfin/sitemapgenerator/siteindex.xsd");

	private static final URL NEWS_XSD = FeedIntegrationTests.class.getResource("/schemas/sitemap-news.xsd");

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private static SyndFeed parse(String xml) throws Exception {
		return new SyndFeedInput().build(new InputSource(new StringReader(xml)));
	}

	private static void validate(String xml, URL... schemas) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Source[] sources = new Source[schemas.length];
		for (int i = 0; i < schemas.length; i++) {
			sources[i] = new StreamSource(schemas[i].toExternalForm());
		}
		Schema schema = factory.newSchema(sources);
		schema.newValidator().validate(new StreamSource(new StringReader(xml)));
	}

	// Feeds carry the paper's own articles only (the demo paper never leaves the installation).
	private ArticleDetail publishOwn(String section, String headline, Duration ago) {
		return articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), headline, null,
				"<p>" + headline + "의 본문입니다.</p>", List.of("피드"), ArticleStatus.PUBLISHED, clock.instant().minus(ago)));
	}

	@Test
	void rssCarriesTheFullTextAndParsesBackWithRome() throws Exception {
		publishOwn("economy", "피드 시험: 한 시간 전 경제 기사", Duration.ofHours(1));
		publishOwn("society", "피드 시험: 방금 나온 사회 기사", Duration.ZERO);
		Response response = web().get("/rss/allArticle.xml");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("application/rss+xml;charset=UTF-8");
		SyndFeed feed = parse(response.body());
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getLanguage()).isEqualTo("ko");
		assertThat(feed.getEntries()).hasSizeBetween(2, RssFeeds.SIZE);
		SyndEntry newest = feed.getEntries().get(0);
		assertThat(newest.getLink()).startsWith("http://localhost/news/");
		assertThat(newest.getUri()).isEqualTo(newest.getLink());
		assertThat(newest.getDescription().getValue()).isNotBlank();
		assertThat(newest.getContents()).isNotEmpty();
		assertThat(newest.getContents().get(0).getValue()).contains("<p>");
		assertThat(newest.getCategories()).isNotEmpty();
		assertThat(newest.getPublishedDate()).isNotNull();
		for (int i = 1; i < feed.getEntries().size(); i++) {
			assertThat(feed.getEntries().get(i).getPublishedDate()).isBeforeOrEqualTo(
					feed.getEntries().get(i - 1).getPublishedDate());
		}
		assertThat(response.body()).containsPattern("<pubDate>[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0900</pubDate>");
		assertThat(response.body()).contains("<author>").contains("<dc:creator>");
	}

	@Test
	void sectionFeedsHoldOnlyTheirSection() throws Exception {
		publishOwn("sports", "피드 시험: 스포츠 기사", Duration.ofMinutes(10));
		SyndFeed sports = parse(web().get("/rss/sports.xml").body());
		assertThat(sports.getEntries()).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.getCategories().get(0).getName()).isEqualTo("스포츠"));
		Response unknown = web().get("/rss/weather.xml");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("페이지를 찾을 수 없습니다");
	}

	@Test
	void feedsAnswerNotModifiedAndFollowPublishing() throws Exception {
		publishOwn("culture", "피드 시험: 문화 기사", Duration.ofMinutes(30));
		WebClient web = web();
		web.get("/rss/culture.xml");
		Response cached = web.get("/rss/culture.xml");
		String etag = cached.header("ETag");
		String lastModified = cached.header("Last-Modified");
		assertThat(etag).isNotBlank();
		assertThat(lastModified).isNotBlank();
		assertThat(web.get("/rss/culture.xml", "If-None-Match", etag).status()).isEqualTo(304);
		assertThat(web.get("/rss/culture.xml", "If-Modified-Since", lastModified).status()).isEqualTo(304);

		articles.create(new ArticleDraft(sections.bySlug("culture").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "피드 갱신 시험: 가을 국악 축제", null, "<p>국악 축제가 열린다.</p>",
				List.of(), ArticleStatus.PUBLISHED, null));
		Response fresh = web.get("/rss/culture.xml", "If-None-Match", etag);
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(parse(fresh.body()).getEntries().get(0).getTitle()).isEqualTo("피드 갱신 시험: 가을 국악 축제");
	}

	@Test
	void sitemapsAreValidAgainstTheSitemapsOrgSchemas() throws Exception {
		publishOwn("politics", "사이트맵 시험: 정치 기사", Duration.ofMinutes(20));
		String index = web().get("/sitemap.xml").body();
		validate(index, SITEINDEX_XSD);
		Matcher locations = Pattern.compile("<loc>http://localhost(/[^<]+)</loc>").matcher(index);
		int sitemaps = 0;
		boolean articlesListed = false;
		while (locations.find()) {
			String path = locations.group(1);
			Response sitemap = web().get(path);
			assertThat(sitemap.status()).as(path).isEqualTo(200);
			validate(sitemap.body(), SITEMAP_XSD);
			articlesListed |= sitemap.body().contains("/news/");
			sitemaps++;
		}
		assertThat(sitemaps).isGreaterThanOrEqualTo(3);
		assertThat(articlesListed).isTrue();
		assertThat(index).containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+09:00</lastmod>");
		assertThat(web().get("/sitemap-articles-1999-01.xml").status()).isEqualTo(404);
		assertThat(web().get("/sitemap-articles-bad.xml").status()).isEqualTo(404);
	}

	@Test
	void newsSitemapListsTheLast48HoursAndValidatesWithTheNewsSchema() throws Exception {
		ArticleDetail old = articles.create(new ArticleDraft(sections.bySlug("world").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "사흘 전 국제 기사", null, "<p>오래된 기사.</p>", List.of(),
				ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofDays(3))));
		ArticleDetail recent = articles.create(new ArticleDraft(sections.bySlug("world").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "방금 나온 “국제” 기사 & 분석", null, "<p>새 기사.</p>", List.of(),
				ArticleStatus.PUBLISHED, null));
		String xml = web().get("/sitemap-news.xml").body();
		validate(xml, NEWS_XSD, SITEMAP_XSD);
		assertThat(xml).contains("/news/" + recent.id() + "</loc>").doesNotContain("/news/" + old.id() + "</loc>");
		assertThat(xml).contains("<news:language>ko</news:language>", "<news:name>신문일보</news:name>",
				"<news:title>방금 나온 “국제” 기사 &amp; 분석</news:title>");
	}

	@Test
	void robotsPointsAtTheSitemapsAndKeepsCrawlersOutOfTheNewsroomAndApi() {
		Response robots = web().get("/robots.txt");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.body()).contains("Disallow: /newsroom/", "Disallow: /api/",
				"Sitemap: http://localhost/sitemap.xml", "Sitemap: http://localhost/sitemap-news.xml");
	}

	@Test
	void articlePagesDescribeThemselvesToPortalsAndSearchEngines() throws Exception {
		ArticleDetail article = articles.all(sections.bySlug("industry").orElseThrow().id(), new ArticleViewer(0, true), 1, 50)
			.items()
			.stream()
			.filter(a -> a.imageUrl() != null)
			.findFirst()
			.orElseThrow();
		Document page = Jsoup.parse(web().get("/news/" + article.id()).body());
		String canonical = "http://localhost/news/" + article.id();
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:title")).isEqualTo(article.headline());
		assertThat(meta(page, "og:description")).isEqualTo(article.teaser());
		assertThat(meta(page, "og:image")).startsWith("http://localhost/media/");
		assertThat(meta(page, "og:image:width")).isEqualTo("1200");
		assertThat(meta(page, "og:image:height")).isEqualTo("675");
		assertThat(meta(page, "article:published_time")).endsWith("+09:00");
		assertThat(meta(page, "article:modified_time")).endsWith("+09:00");
		assertThat(meta(page, "article:section")).isEqualTo("산업");
		assertThat(page.selectFirst("meta[name=\"twitter:card\"]").attr("content")).isEqualTo("summary_large_image");

		JsonNode data = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo(article.headline());
		assertThat(data.get("image").get(0).get("url").asString()).isEqualTo(meta(page, "og:image"));
		assertThat(data.get("datePublished").asString()).endsWith("+09:00");
		assertThat(data.get("dateModified").asString()).endsWith("+09:00");
		assertThat(data.get("author").get(0).get("@type").asString()).isEqualTo("Person");
		assertThat(data.get("author").get(0).get("url").asString()).startsWith("http://localhost/reporter/");
		assertThat(data.get("publisher").get("name").asString()).isEqualTo("신문일보");
		assertThat(data.get("publisher").get("logo").get("url").asString()).isEqualTo("http://localhost/images/logo.png");
		assertThat(data.get("mainEntityOfPage").get("@id").asString()).isEqualTo(canonical);
		assertThat(web().get("/images/logo.png").status()).isEqualTo(200);
	}

	@Test
	void homeAndSectionPagesHaveTheirOwnStructuredData() {
		JsonMapper json = JsonMapper.builder().build();
		Document home = Jsoup.parse(web().get("/").body());
		assertThat(json.readTree(home.selectFirst("script[type=application/ld+json]").data()).get("@type").asString())
			.isEqualTo("WebSite");
		assertThat(meta(home, "og:type")).isEqualTo("website");
		Document section = Jsoup.parse(web().get("/section/economy").body());
		JsonNode data = json.readTree(section.selectFirst("script[type=application/ld+json]").data());
		assertThat(data.get("@type").asString()).isEqualTo("CollectionPage");
		assertThat(data.get("url").asString()).isEqualTo("http://localhost/section/economy");
	}

	private static String meta(Document page, String property) {
		return page.selectFirst("meta[property=\"" + property + "\"]").attr("content");
	}

}
