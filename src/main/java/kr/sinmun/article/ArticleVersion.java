package kr.sinmun.article;

import java.time.Instant;

/** Which version of an article is current: lets a copy (such as the search index) tell what it is missing. */
public record ArticleVersion(long id, Instant updatedAt) {
}
