package kr.sinmun.site;

import java.util.List;

/**
 * An article as a reader sees it. {@code bodyHtml} was sanitized when stored; {@code updated} is null when
 * the article was never changed after publication. When the body is long enough for the in-article banner,
 * {@code bodyHtml} holds the paragraphs before it and {@code bodyAfterAd} the rest. {@code robots} is the
 * page's robots directive ({@code noindex} for demo content), or null.
 */
public record ArticlePageView(Chrome chrome, long id, String url, String canonicalUrl, String sectionName,
		String sectionUrl, String headline, List<String> subheadlineLines, String reporterName, String reporterEmail,
		String reporterUrl, String published, String publishedIso, String updated, String updatedIso, String bodyHtml,
		List<String> tags, String description, String facebookShareUrl, String xShareUrl, String copyrightLine, List<ListItem> hotClick,
		List<ListItem> sameSection, List<ListItem> related, SocialMeta social, List<Notice> notices,
		List<Byline> coReporters, String bodyAfterAd, String robots) {

	/** A reporter who shares the byline. */
	public record Byline(String name, String url) {
	}

	/** A 정정·반론·추후보도 notice as shown at the top of the article. */
	public record Notice(String label, String date, String dateIso, String body) {
	}

}
