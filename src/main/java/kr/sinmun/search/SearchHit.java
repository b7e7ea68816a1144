package kr.sinmun.search;

import java.time.Instant;

/**
 * One found article. {@code headlineHtml} and {@code snippetHtml} are escaped text in which matches are
 * wrapped in {@code <mark>}; they are safe to render as HTML.
 */
public record SearchHit(long id, String headline, String headlineHtml, String snippetHtml, String sectionSlug,
		String sectionName, String reporter, Instant publishedAt) {

	public String url() {
		return "/news/" + id;
	}

}
