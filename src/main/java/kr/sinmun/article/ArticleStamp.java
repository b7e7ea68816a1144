package kr.sinmun.article;

import java.time.Instant;

/** An article as sitemaps list it: which, what, and when it was published and last changed. */
public record ArticleStamp(long id, String headline, int sectionId, Instant publishedAt, Instant updatedAt) {

	public String url() {
		return "/news/" + id;
	}

}
