package kr.sinmun.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as written, before it is stored. {@code bodyHtml} may contain anything; it is sanitized on the
 * way in. A {@code null} {@code publishedAt} on a published article means "now".
 */
public record ArticleDraft(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
		List<String> tags, ArticleStatus status, Instant publishedAt) {

	public ArticleDraft {
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

}
