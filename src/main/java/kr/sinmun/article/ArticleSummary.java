package kr.sinmun.article;

import java.time.Instant;

/**
 * What a list shows of an article: headline, teaser, thumbnail, time, and the 연재 it belongs to: {@code seriesId}
 * null when in none, {@code seriesName} the series' name as the list's query read it (null when in none, and in a
 * summary made from an {@link ArticleDetail}, which knows its series only by id).
 */
public record ArticleSummary(long id, int sectionId, long reporterId, String headline, String teaser, String imageUrl,
		Instant publishedAt, Integer seriesId, String seriesName) {

	/** An article in no series. */
	public ArticleSummary(long id, int sectionId, long reporterId, String headline, String teaser, String imageUrl,
			Instant publishedAt) {
		this(id, sectionId, reporterId, headline, teaser, imageUrl, publishedAt, null, null);
	}

	public String url() {
		return "/news/" + id;
	}

}
