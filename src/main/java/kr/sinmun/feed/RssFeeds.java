package kr.sinmun.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.publisher.PublisherSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * RSS 2.0 with the full text in {@code content:encoded}, as Korean portals and readers expect. Dates are
 * RFC 822 in KST ({@code +0900}).
 */
@Component
class RssFeeds {

	static final int SIZE = 50;

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(KoreanDates.SEOUL);

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final PublisherSettings publisher;

	RssFeeds(Articles articles, Sections sections, People people, PublisherSettings publisher) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
	}

	Feed all() {
		return render(null, articles.latestWhole(null, SIZE));
	}

	Feed section(Section section) {
		return render(section, articles.latestWhole(section.id(), SIZE));
	}

	private Feed render(Section section, List<ArticleDetail> items) {
		Map<Long, Reporter> reporters = people
			.reporters(items.stream().map(ArticleDetail::reporterId).collect(Collectors.toSet()));
		String base = publisher.current().baseUrl();
		String title = section == null ? publisher.current().name() + " 전체기사" : publisher.current().name() + " " + section.name();
		String self = base + (section == null ? "/rss/allArticle.xml" : "/rss/" + section.slug() + ".xml");
		Instant lastModified = items.stream().map(ArticleDetail::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		StringBuilder xml = new StringBuilder(64 * 1024);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
			.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n")
			.append("<channel>\n")
			.append("<title>").append(Xml.text(title)).append("</title>\n")
			.append("<link>").append(Xml.text(base + (section == null ? "/" : section.url()))).append("</link>\n")
			.append("<description>").append(Xml.text(title + " 최신 기사")).append("</description>\n")
			.append("<language>ko</language>\n")
			.append("<copyright>").append(Xml.text(publisher.current().copyrightLine())).append("</copyright>\n")
			.append("<atom:link href=\"").append(Xml.text(self)).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
		if (!items.isEmpty()) {
			xml.append("<lastBuildDate>").append(RFC_822.format(lastModified)).append("</lastBuildDate>\n");
		}
		for (ArticleDetail article : items) {
			Reporter reporter = reporters.get(article.reporterId());
			String link = base + article.url();
			xml.append("<item>\n")
				.append("<title>").append(Xml.text(article.headline())).append("</title>\n")
				.append("<link>").append(Xml.text(link)).append("</link>\n")
				.append("<description>").append(Xml.text(article.teaser())).append("</description>\n")
				.append("<content:encoded>").append(Xml.cdata(article.bodyHtml())).append("</content:encoded>\n");
			if (reporter != null) {
				if (reporter.email() != null) {
					xml.append("<author>").append(Xml.text(reporter.email() + " (" + reporter.name() + ")")).append("</author>\n");
				}
				xml.append("<dc:creator>").append(Xml.text(reporter.name())).append("</dc:creator>\n");
			}
			sections.byId(article.sectionId())
				.ifPresent(s -> xml.append("<category>").append(Xml.text(s.name())).append("</category>\n"));
			xml.append("<pubDate>").append(RFC_822.format(article.publishedAt())).append("</pubDate>\n")
				.append("<guid isPermaLink=\"true\">").append(Xml.text(link)).append("</guid>\n")
				.append("</item>\n");
		}
		xml.append("</channel>\n</rss>\n");
		return new Feed(xml.toString().getBytes(StandardCharsets.UTF_8), lastModified);
	}

	/** A rendered feed and the time of its newest change, for Last-Modified. */
	record Feed(byte[] body, Instant lastModified) {
	}

}
