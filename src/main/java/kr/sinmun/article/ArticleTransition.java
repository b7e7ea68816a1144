package kr.sinmun.article;

import java.time.Instant;

/** One change of state, as the workflow log keeps it. {@code from} is {@code null} for the article's creation. */
public record ArticleTransition(ArticleStatus from, ArticleStatus to, Instant publishAt, boolean embargo, Long actorId,
		Instant at) {
}
