package kr.sinmun.article;

import java.util.List;

/**
 * What a save changes: the words, where they belong and who wrote them, not the workflow state.
 * {@code coReporters} share the byline with {@code reporterId}, in order.
 */
public record ArticleText(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
		List<String> tags, List<Long> coReporters, String wireSource) {

	public ArticleText {
		wireSource = wireSource == null || wireSource.isBlank() ? null : wireSource.strip();
		headline = headline == null ? "" : headline;
		tags = tags == null ? List.of() : List.copyOf(tags);
		coReporters = coReporters == null ? List.of()
				: coReporters.stream().filter(id -> id != reporterId).distinct().limit(ArticleFields.CO_REPORTERS_MAX).toList();
	}

	public ArticleText(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
			List<String> tags) {
		this(sectionId, reporterId, headline, subheadline, bodyHtml, tags, List.of(), null);
	}

}
