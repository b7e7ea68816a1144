package kr.sinmun.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as written, before it is stored. {@code bodyHtml} may contain anything; it is sanitized on the
 * way in. A {@code null} {@code publishedAt} on a published article means "now". {@code wireSource} names the
 * news agency for wire copy and is {@code null} for the paper's own reporting.
 */
public record ArticleDraft(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
		List<String> tags, ArticleStatus status, Instant publishedAt, String wireSource) {

	public ArticleDraft {
		tags = tags == null ? List.of() : List.copyOf(tags);
		wireSource = wireSource == null || wireSource.isBlank() ? null : wireSource.strip();
	}

	/** The paper's own reporting (not wire copy). */
	public ArticleDraft(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
			List<String> tags, ArticleStatus status, Instant publishedAt) {
		this(sectionId, reporterId, headline, subheadline, bodyHtml, tags, status, publishedAt, null);
	}

}
