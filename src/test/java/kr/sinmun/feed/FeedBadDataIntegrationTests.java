package kr.sinmun.feed;

import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds and sitemaps stay readable for everyone whatever one article holds: text written before input was
 * checked (or by a migration, or by hand in the database) with characters XML forbids, and a publication time
 * no feed format can express. Such rows are put in with SQL, as they would have arrived, and every feed is then
 * read by a strict parser or validated against its schema.
 */
class FeedBadDataIntegrationTests extends IntegrationTest {

	private static final URL SITEMAP_XSD = FeedBadDataIntegrationTests.class
		.getResource("/com/redfin/sitemapgenerator/sitemap.xsd");

	private static final URL SITEINDEX_XSD = FeedBadDataIntegrationTests.class
		.getResource("/com/redfin/sitemapgenerator/siteindex.xsd");

	private static final URL NEWS_XSD = FeedBadDataIntegrationTests.class.getResource("/schemas/sitemap-news.xsd");

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHeadlineWithCharactersXmlForbidsDoesNotBreakTheFeedsOrTheNewsSitemap() throws Exception {
		ArticleDetail article = publish("opinion", "오늘의 사설");
		ArticleDetail next = null;
		try {
			jdbc.sql("UPDATE articles SET headline = ?, teaser = ?, body_html = ?, subheadline = ? WHERE id = ?")
				.params("검사\uFFFF결과\uFFFE 발표\u0001\u001F", "요약\uFFFE\u000B문", "<p>본문\uD800 내용\u0008</p>", "부제\uDC00",
						article.id())
				.update();
			// Any publish drops the cached feeds; the damaged row is then part of what they are rendered from.
			next = publish("opinion", "다음 사설");
			for (String path : List.of("/rss/opinion.xml", "/rss/allArticle.xml")) {
				Response response = web().get(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				strictlyParse(response.body());
				SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
				assertThat(feed.getEntries()).as(path)
					.anySatisfy(entry -> assertThat(entry.getTitle()).isEqualTo("검사결과 발표"));
			}
			Response news = web().get("/sitemap-news.xml");
			assertThat(news.status()).isEqualTo(200);
			validate(news.body(), NEWS_XSD, SITEMAP_XSD);
			assertThat(news.body()).contains("<news:title>검사결과 발표</news:title>");
		}
		finally {
			// Damaged behind the application's back for this test only: the pages other tests check (in CI's
			// second run they share this database) must not carry it.
			articles.delete(article.id());
			// Nor an opinion piece of its own in the 오피니언 box of every later test's home page.
			if (next != null) {
				articles.delete(next.id());
			}
		}
	}

	@Test
	void anArticleDatedBeforeYearOneDoesNotBreakTheSectionFeedOrTheSitemapIndex() throws Exception {
		ArticleDetail article = publish("sports", "기원전 경기 기록");
		try {
			// Year -1 in ISO terms (2 BC), which PostgreSQL stores without complaint.
			jdbc.sql("UPDATE articles SET published_at = '0002-06-01 00:00:00+00 BC' WHERE id = ?").param(article.id()).update();
			publish("sports", "오늘 경기 결과");
			Response feed = web().get("/rss/sports.xml");
			assertThat(feed.status()).isEqualTo(200);
			strictlyParse(feed.body());
			assertThat(web().get("/rss/allArticle.xml").status()).isEqualTo(200);

			String index = web().get("/sitemap.xml").body();
			validate(index, SITEINDEX_XSD);
			Matcher locations = Pattern.compile("<loc>http://localhost(/[^<]+)</loc>").matcher(index);
			while (locations.find()) {
				Response sitemap = web().get(locations.group(1));
				assertThat(sitemap.status()).as(locations.group(1)).isEqualTo(200);
				validate(sitemap.body(), SITEMAP_XSD);
			}
		}
		finally {
			// Damaged behind the application's back for this test only: the pages other tests check (in CI's
			// second run they share this database) must not carry it.
			articles.delete(article.id());
		}
	}

	private ArticleDetail publish(String section, String headline) {
		return articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), headline, null, "<p>" + headline + " 본문.</p>", List.of(),
				ArticleStatus.PUBLISHED, null));
	}

	// A namespace-aware DOM parse: it throws on any character or character reference XML 1.0 forbids.
	private static void strictlyParse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static void validate(String xml, URL... schemas) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Source[] sources = new Source[schemas.length];
		for (int i = 0; i < schemas.length; i++) {
			sources[i] = new StreamSource(schemas[i].toExternalForm());
		}
		factory.newSchema(sources).newValidator().validate(new StreamSource(new StringReader(xml)));
	}

}
