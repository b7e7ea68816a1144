package kr.sinmun.article;

import java.time.Instant;
import java.util.List;

/** One saved version of an article's text, whole. */
public record ArticleRevision(long articleId, int version, int sectionId, String headline, String subheadline,
		String bodyHtml, List<String> tags, Long savedBy, Instant savedAt) {

	/** The text of this revision, ready to save again. */
	public ArticleText text(long reporterId, List<Long> coReporters, String wireSource) {
		return new ArticleText(sectionId, reporterId, headline, subheadline, bodyHtml, tags, coReporters, wireSource);
	}

}
