package kr.sinmun.article;

import java.time.Instant;

/** One note in an article's thread between the desk and its reporters, kept as written. */
public record ArticleNote(long id, long authorId, String body, Instant at) {
}
