package kr.sinmun.article;

import java.time.Instant;

/** What a list shows of an article: headline, teaser, thumbnail, time. */
public record ArticleSummary(long id, int sectionId, long reporterId, String headline, String teaser, String imageUrl,
		Instant publishedAt) {

	public String url() {
		return "/news/" + id;
	}

}
