package kr.sinmun.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Optional;

import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleMonth;
import kr.sinmun.article.ArticleStamp;
import kr.sinmun.article.Articles;
import kr.sinmun.staticpage.StaticPage;
import kr.sinmun.staticpage.StaticPages;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * Sitemaps as search engines and Naver Search Advisor read them: an index over monthly article sitemaps (each
 * under the 50,000-URL limit), the sections and the static pages, plus a Google News sitemap of the last 48
 * hours. Times are W3C datetimes in KST.
 */
@Component
class Sitemaps {

	static final int MAX_URLS = 50_000;

	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	// The offset in hours and minutes only: Seoul's local mean time before 1908 (+08:27:52) is no W3C offset.
	private static final DateTimeFormatter W3C = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendOffset("+HH:MM", "Z")
		.toFormatter()
		.withZone(KoreanDates.SEOUL);

	private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	private final Articles articles;

	private final Sections sections;

	private final StaticPages pages;

	private final SiteSettings publisher;

	Sitemaps(Articles articles, Sections sections, StaticPages pages, SiteSettings publisher) {
		this.articles = articles;
		this.sections = sections;
		this.pages = pages;
		this.publisher = publisher;
	}

	byte[] index() {
		String base = publisher.current().baseUrl();
		XmlDocument xml = new XmlDocument(4096, "sitemapindex", "", SITEMAPS);
		// CASE: a month outside the years a publication time may have (a row from before the rule) has no
		// sitemap to serve, so it is not listed.
		List<ArticleMonth> months = articles.months()
			.stream()
			.filter(month -> ArticleFields.publishable(month.month().atDay(1).atStartOfDay(KoreanDates.SEOUL).toInstant()))
			.toList();
		Instant newest = months.isEmpty() ? null : months.get(0).lastModified();
		entry(xml, "sitemap", base + "/sitemap-sections.xml", newest);
		entry(xml, "sitemap", base + "/sitemap-pages.xml",
				pages.all().stream().map(StaticPage::updatedAt).max(Instant::compareTo).orElse(null));
		for (ArticleMonth month : months) {
			entry(xml, "sitemap", base + "/sitemap-articles-" + month.month() + ".xml", month.lastModified());
		}
		return xml.finish();
	}

	Optional<byte[]> month(YearMonth month) {
		List<ArticleStamp> list = articles.publishedIn(month, MAX_URLS);
		if (list.isEmpty()) {
			return Optional.empty();
		}
		XmlDocument xml = new XmlDocument(list.size() * 128, "urlset", "", SITEMAPS);
		for (ArticleStamp article : list) {
			entry(xml, "url", publisher.current().baseUrl() + article.url(), article.updatedAt());
		}
		return Optional.of(xml.finish());
	}

	byte[] sections() {
		XmlDocument xml = new XmlDocument(4096, "urlset", "", SITEMAPS);
		entry(xml, "url", publisher.current().baseUrl() + "/", null);
		// Sub-sections have pages of their own, listed after their parent.
		for (Section section : sections.listed()) {
			entry(xml, "url", publisher.current().baseUrl() + section.url(), null);
		}
		return xml.finish();
	}

	byte[] pages() {
		XmlDocument xml = new XmlDocument(4096, "urlset", "", SITEMAPS);
		for (StaticPage page : pages.all()) {
			entry(xml, "url", publisher.current().baseUrl() + page.url(), page.updatedAt());
		}
		return xml.finish();
	}

	byte[] news() {
		XmlDocument xml = new XmlDocument(64 * 1024, "urlset", "", SITEMAPS, "news", NEWS);
		// Google reads at most 1,000 news URLs per sitemap.
		for (ArticleStamp article : articles.publishedWithin(NEWS_WINDOW, 1000)) {
			xml.start("url")
				.element("loc", publisher.current().baseUrl() + article.url())
				.start("news:news")
				.start("news:publication")
				.element("news:name", publisher.current().name())
				.element("news:language", "ko")
				.end()
				.element("news:publication_date", w3c(article.publishedAt()))
				.element("news:title", article.headline())
				.end()
				.end();
		}
		return xml.finish();
	}

	byte[] robots() {
		String base = publisher.current().baseUrl();
		return ("User-agent: *\n" + "Disallow: /newsroom/\n" + "Disallow: /api/\n" + "Disallow: /search\n" + "\n"
				+ "Sitemap: " + base + "/sitemap.xml\n" + "Sitemap: " + base + "/sitemap-news.xml\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void entry(XmlDocument xml, String element, String loc, Instant lastModified) {
		xml.start(element).element("loc", loc);
		if (lastModified != null) {
			xml.element("lastmod", w3c(lastModified));
		}
		xml.end();
	}

	private static String w3c(Instant instant) {
		return W3C.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
