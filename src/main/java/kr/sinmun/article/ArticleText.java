package kr.sinmun.article;

import java.util.List;

/** What a save changes: the words and where they belong, not the workflow state. */
public record ArticleText(int sectionId, long reporterId, String headline, String subheadline, String bodyHtml,
		List<String> tags) {

	public ArticleText {
		headline = headline == null ? "" : headline;
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

}
