package kr.sinmun.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.VideoProviders;
import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.SiteSettings;
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

	private final SiteSettings publisher;

	private final BrandLogo logos;

	RssFeeds(Articles articles, Sections sections, People people, SiteSettings publisher, BrandLogo logos) {
		this.logos = logos;
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
	}

	Feed all() {
		return render(null, articles.latestWhole(null, SIZE));
	}

	Feed section(Section section) {
		// A parent section's feed carries its sub-sections' articles too, as its page does.
		return render(section, articles.latestWholeIn(withSubSections(section), SIZE));
	}

	private List<Integer> withSubSections(Section section) {
		return Stream.concat(Stream.of(section), sections.subSections(section.id()).stream()).map(Section::id).toList();
	}

	private Feed render(Section section, List<ArticleDetail> latest) {
		// CASE: a publication time no RFC 822 date can express (stored before the article module refused them)
		// leaves its article out, not the whole feed.
		List<ArticleDetail> items = latest.stream().filter(article -> ArticleFields.publishable(article.publishedAt())).toList();
		Map<Long, Reporter> reporters = people
			.reporters(items.stream().map(ArticleDetail::reporterId).collect(Collectors.toSet()));
		String base = publisher.current().baseUrl();
		String title = section == null ? publisher.current().name() + " 전체기사" : publisher.current().name() + " " + section.name();
		String self = base + (section == null ? "/rss/allArticle.xml" : "/rss/" + section.slug() + ".xml");
		Instant lastModified = items.stream().map(ArticleDetail::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		XmlDocument xml = new XmlDocument(64 * 1024, "rss", "content", "http://purl.org/rss/1.0/modules/content/", "dc",
				"http://purl.org/dc/elements/1.1/", "atom", "http://www.w3.org/2005/Atom")
			.attribute("version", "2.0")
			.start("channel")
			.element("title", title)
			.element("link", base + (section == null ? "/" : section.url()))
			.element("description", title + " 최신 기사")
			.element("language", "ko")
			.element("copyright", publisher.current().copyrightLine())
			.start("atom:link")
			.attribute("href", self)
			.attribute("rel", "self")
			.attribute("type", "application/rss+xml")
			.end();
		// Feed readers show the channel's <image> beside its title: the uploaded logo as PNG, when there is one.
		logos.png()
			.ifPresent(logo -> xml.start("image")
				.element("url", base + logo.url())
				.element("title", title)
				.element("link", base + (section == null ? "/" : section.url()))
				.end());
		if (!items.isEmpty()) {
			xml.element("lastBuildDate", RFC_822.format(lastModified));
		}
		for (ArticleDetail article : items) {
			Reporter reporter = reporters.get(article.reporterId());
			String link = base + article.url();
			xml.start("item")
				.element("title", article.headline())
				.element("link", link)
				.element("description", article.teaser())
				.cdataElement("content:encoded", absolute(article.bodyHtml(), base));
			if (reporter != null) {
				if (reporter.email() != null) {
					xml.element("author", reporter.email() + " (" + reporter.name() + ")");
				}
				xml.element("dc:creator", reporter.name());
			}
			sections.byId(article.sectionId()).ifPresent(s -> xml.element("category", s.name()));
			xml.element("pubDate", RFC_822.format(article.publishedAt()))
				.start("guid")
				.attribute("isPermaLink", "true")
				.text(link)
				.end()
				.end();
		}
		return new Feed(xml.end().finish(), lastModified);
	}

	/** A rendered feed and the time of its newest change, for Last-Modified. */
	record Feed(byte[] body, Instant lastModified) {
	}

	/**
	 * The body with every photo and link made absolute: a feed has no base address, so a portal or reader would
	 * not find {@code /media/…}. Parsed with jsoup, not patched as text; {@code srcset} lists are rewritten entry by
	 * entry.
	 */
	static String absolute(String bodyHtml, String base) {
		Document body = Jsoup.parseBodyFragment(bodyHtml, base);
		body.outputSettings().prettyPrint(false);
		// A feed reader or portal frames nothing of ours: a video is a link to it on its provider's site, a
		// gallery its photos one after another.
		for (Element video : body.select("div[data-video-provider]")) {
			String id = video.attr("data-video-id");
			String title = video.attr("data-video-title").strip();
			VideoProviders.byKey(video.attr("data-video-provider")).filter(provider -> provider.admits(id)).ifPresentOrElse(
					provider -> video.replaceWith(new Element("p").appendChild(new Element("a")
						.attr("href", provider.pageUrl(id))
						.text((title.isEmpty() ? "" : title + " — ") + provider.label() + " 동영상 보기"))),
					video::remove);
		}
		body.select("div.gallery").unwrap();
		for (Element element : body.select("[src], [href]")) {
			for (String attribute : new String[] { "src", "href" }) {
				if (element.hasAttr(attribute) && !element.absUrl(attribute).isEmpty()) {
					element.attr(attribute, element.absUrl(attribute));
				}
			}
		}
		for (Element element : body.select("[srcset]")) {
			StringBuilder set = new StringBuilder();
			for (String candidate : element.attr("srcset").split(",")) {
				String[] parts = candidate.strip().split("\\s+", 2);
				if (parts[0].isEmpty()) {
					continue;
				}
				String url = parts[0].startsWith("/") && !parts[0].startsWith("//") ? base + parts[0] : parts[0];
				set.append(set.isEmpty() ? "" : ", ").append(url).append(parts.length > 1 ? " " + parts[1] : "");
			}
			element.attr("srcset", set.toString());
		}
		return body.body().html();
	}

}
