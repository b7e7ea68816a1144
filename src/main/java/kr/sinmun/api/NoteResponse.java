package kr.sinmun.api;

import java.time.OffsetDateTime;

/** One note of an article's thread between the desk and its reporters; {@code author} is the writer's name. */
record NoteResponse(long id, String author, String note, OffsetDateTime at) {
}
