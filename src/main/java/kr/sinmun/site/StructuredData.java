package kr.sinmun.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.JsonInHtml;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.series.Series;
import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.SiteSettings;

import org.springframework.stereotype.Component;

/** The Open Graph tags and schema.org JSON-LD of the reader pages, with absolute addresses. */
@Component
class StructuredData {

	private final SiteSettings publisher;

	private final BrandLogo logos;

	StructuredData(SiteSettings publisher, BrandLogo logos) {
		this.publisher = publisher;
		this.logos = logos;
	}

	// The picture a link preview shows for a page that has none of its own: the 1200 × 630 image drawn from the
	// uploaded logo, or without one the configured logo.
	private String fallbackImage() {
		return logos.preview().map(file -> absolute(file.url())).orElse(publisher.current().logoUrl());
	}

	private Integer fallbackWidth() {
		return logos.preview().map(BrandLogo.BrandFile::width).orElse(null);
	}

	private Integer fallbackHeight() {
		return logos.preview().map(BrandLogo.BrandFile::height).orElse(null);
	}

	/** The home page: the site as a WebSite with its search, pictured by the top story when there is one. */
	SocialMeta home(ArticleSummary topArticle) {
		String home = publisher.current().baseUrl() + "/";
		Map<String, Object> organization = organization();
		Map<String, Object> website = new LinkedHashMap<>();
		website.put("@context", "https://schema.org");
		website.put("@type", "WebSite");
		website.put("name", publisher.current().name());
		website.put("url", home);
		website.put("inLanguage", "ko-KR");
		website.put("publisher", organization);
		website.put("potentialAction", Map.of("@type", "SearchAction", "target",
				publisher.current().baseUrl() + "/search?q={search_term_string}", "query-input", "required name=search_term_string"));
		return new SocialMeta("website", publisher.current().name(), publisher.current().name() + " — 인터넷신문", home,
				publisher.current().name(), topArticle == null || topArticle.imageUrl() == null ? fallbackImage() : absolute(topArticle.imageUrl()),
				topArticle == null || topArticle.imageUrl() == null ? fallbackWidth() : null,
				topArticle == null || topArticle.imageUrl() == null ? fallbackHeight() : null, null, null, null, jsonLd(website));
	}

	SocialMeta article(ArticleDetail article, Section section, Reporter reporter, String canonical) {
		String image = absolute(article.imageUrl());
		String published = KoreanDates.iso(article.publishedAt());
		String modified = KoreanDates.iso(article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt()
				: article.publishedAt());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
		data.put("headline", article.headline());
		data.put("description", article.teaser());
		if (image != null) {
			Map<String, Object> picture = new LinkedHashMap<>();
			picture.put("@type", "ImageObject");
			picture.put("url", image);
			if (article.imageWidth() != null && article.imageHeight() != null) {
				picture.put("width", article.imageWidth());
				picture.put("height", article.imageHeight());
			}
			data.put("image", List.of(picture));
		}
		data.put("datePublished", published);
		data.put("dateModified", modified);
		data.put("articleSection", section.name());
		if (!article.tags().isEmpty()) {
			data.put("keywords", String.join(", ", article.tags()));
		}
		if (reporter != null) {
			data.put("author", List.of(Map.of("@type", "Person", "name", reporter.name(), "url",
					publisher.current().baseUrl() + reporter.url())));
		}
		data.put("publisher", organization());
		data.put("inLanguage", "ko-KR");
		return new SocialMeta("article", article.headline(), article.teaser(), canonical, publisher.current().name(),
				// CASE: an article without a photo is pictured by the logo's preview image only when one was uploaded.
				image == null ? logos.preview().map(file -> absolute(file.url())).orElse(null) : image,
				image == null ? fallbackWidth() : article.imageWidth(),
				image == null ? fallbackHeight() : article.imageHeight(), published,
				modified, section.name(), jsonLd(data));
	}

	/** A page of a section's list; {@code pageUrl} is that page's site-relative address. */
	SocialMeta section(Section section, String pageUrl) {
		String url = publisher.current().baseUrl() + pageUrl;
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "CollectionPage");
		data.put("name", section.name() + " — " + publisher.current().name());
		data.put("url", url);
		data.put("inLanguage", "ko-KR");
		data.put("isPartOf", Map.of("@type", "WebSite", "name", publisher.current().name(), "url", publisher.current().baseUrl() + "/"));
		data.put("publisher", organization());
		return new SocialMeta("website", section.name() + " — " + publisher.current().name(),
				publisher.current().name() + " " + section.name() + " 기사 목록", url, publisher.current().name(), fallbackImage(),
				fallbackWidth(), fallbackHeight(), null, null, null, jsonLd(data));
	}

	/** A series' (연재) page: a collection of its episodes, described by the desk's words. */
	SocialMeta series(Series series, String pageUrl) {
		String url = publisher.current().baseUrl() + pageUrl;
		String title = "연재 " + series.name() + " — " + publisher.current().name();
		String description = series.description().isBlank() ? publisher.current().name() + " 연재 " + series.name()
				: series.description();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "CollectionPage");
		data.put("name", title);
		data.put("description", description);
		data.put("url", url);
		data.put("inLanguage", "ko-KR");
		data.put("isPartOf", Map.of("@type", "WebSite", "name", publisher.current().name(), "url", publisher.current().baseUrl() + "/"));
		data.put("publisher", organization());
		return new SocialMeta("website", title, description, url, publisher.current().name(), fallbackImage(),
				fallbackWidth(), fallbackHeight(), null, null, null, jsonLd(data));
	}

	private Map<String, Object> organization() {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "NewsMediaOrganization");
		organization.put("name", publisher.current().name());
		organization.put("url", publisher.current().baseUrl() + "/");
		organization.put("logo", Map.of("@type", "ImageObject", "url", publisher.current().logoUrl()));
		return organization;
	}

	private String absolute(String url) {
		if (url == null) {
			return null;
		}
		return url.startsWith("http://") || url.startsWith("https://") ? url : publisher.current().baseUrl() + url;
	}

	private static String jsonLd(Map<String, Object> data) {
		return JsonInHtml.write(data);
	}

}
