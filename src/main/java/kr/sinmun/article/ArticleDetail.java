package kr.sinmun.article;

import java.time.Instant;
import java.util.List;

/** A whole article. {@code bodyHtml} has been sanitized and is safe to render as is. */
public record ArticleDetail(long id, int sectionId, long reporterId, String headline, String subheadline,
		String bodyHtml, String teaser, String imageUrl, Integer imageWidth, Integer imageHeight, List<String> tags, ArticleStatus status, Instant publishedAt,
		Instant createdAt, Instant updatedAt) {

	public String url() {
		return "/news/" + id;
	}

	/** The summary of this article, as lists show it. */
	public ArticleSummary summary() {
		return new ArticleSummary(id, sectionId, reporterId, headline, teaser, imageUrl, publishedAt);
	}

}
