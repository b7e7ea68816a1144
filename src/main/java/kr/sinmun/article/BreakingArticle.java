package kr.sinmun.article;

import java.time.Instant;

/** An article the desk marked 속보, shown in the bar on every reader page until {@code until}. */
public record BreakingArticle(long articleId, String headline, Instant until) {

	public String url() {
		return "/news/" + articleId;
	}

}
