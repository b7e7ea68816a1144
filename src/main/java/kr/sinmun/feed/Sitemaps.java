package kr.sinmun.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import kr.sinmun.article.ArticleMonth;
import kr.sinmun.article.ArticleStamp;
import kr.sinmun.article.Articles;
import kr.sinmun.page.StaticPage;
import kr.sinmun.page.StaticPages;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.publisher.PublisherSettings;
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

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(KoreanDates.SEOUL);

	private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";

	private final Articles articles;

	private final Sections sections;

	private final StaticPages pages;

	private final PublisherSettings publisher;

	Sitemaps(Articles articles, Sections sections, StaticPages pages, PublisherSettings publisher) {
		this.articles = articles;
		this.sections = sections;
		this.pages = pages;
		this.publisher = publisher;
	}

	byte[] index() {
		String base = publisher.current().baseUrl();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		List<ArticleMonth> months = articles.months();
		Instant newest = months.isEmpty() ? null : months.get(0).lastModified();
		entry(xml, base + "/sitemap-sections.xml", newest);
		entry(xml, base + "/sitemap-pages.xml",
				pages.all().stream().map(StaticPage::updatedAt).max(Instant::compareTo).orElse(null));
		for (ArticleMonth month : months) {
			entry(xml, base + "/sitemap-articles-" + month.month() + ".xml", month.lastModified());
		}
		return xml.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	Optional<byte[]> month(YearMonth month) {
		List<ArticleStamp> list = articles.publishedIn(month, MAX_URLS);
		if (list.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(URLSET);
		for (ArticleStamp article : list) {
			url(xml, publisher.current().baseUrl() + article.url(), article.updatedAt());
		}
		return Optional.of(xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8));
	}

	byte[] sections() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(URLSET);
		url(xml, publisher.current().baseUrl() + "/", null);
		for (Section section : sections.menu()) {
			url(xml, publisher.current().baseUrl() + section.url(), null);
		}
		return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] pages() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(URLSET);
		for (StaticPage page : pages.all()) {
			url(xml, publisher.current().baseUrl() + page.url(), page.updatedAt());
		}
		return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] news() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.append(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
		// Google reads at most 1,000 news URLs per sitemap.
		for (ArticleStamp article : articles.publishedWithin(NEWS_WINDOW, 1000)) {
			xml.append("<url>\n<loc>")
				.append(Xml.text(publisher.current().baseUrl() + article.url()))
				.append("</loc>\n<news:news>\n<news:publication>\n<news:name>")
				.append(Xml.text(publisher.current().name()))
				.append("</news:name>\n<news:language>ko</news:language>\n</news:publication>\n<news:publication_date>")
				.append(W3C.format(article.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
				.append("</news:publication_date>\n<news:title>")
				.append(Xml.text(article.headline()))
				.append("</news:title>\n</news:news>\n</url>\n");
		}
		return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] robots() {
		String base = publisher.current().baseUrl();
		return ("User-agent: *\n" + "Disallow: /newsroom/\n" + "Disallow: /api/\n" + "Disallow: /search\n" + "\n"
				+ "Sitemap: " + base + "/sitemap.xml\n" + "Sitemap: " + base + "/sitemap-news.xml\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void entry(StringBuilder xml, String loc, Instant lastModified) {
		xml.append("<sitemap>\n<loc>").append(Xml.text(loc)).append("</loc>\n");
		if (lastModified != null) {
			xml.append("<lastmod>").append(w3c(lastModified)).append("</lastmod>\n");
		}
		xml.append("</sitemap>\n");
	}

	private static void url(StringBuilder xml, String loc, Instant lastModified) {
		xml.append("<url>\n<loc>").append(Xml.text(loc)).append("</loc>\n");
		if (lastModified != null) {
			xml.append("<lastmod>").append(w3c(lastModified)).append("</lastmod>\n");
		}
		xml.append("</url>\n");
	}

	private static String w3c(Instant instant) {
		return W3C.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
