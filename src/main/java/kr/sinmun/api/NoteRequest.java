package kr.sinmun.api;

/**
 * The body of {@code POST /api/v1/articles/{id}/notes} and {@code …/return}: the note's text. Its limits are the
 * article module's ({@code ArticleFields.noteProblem}), the same as the newsroom's note box.
 */
record NoteRequest(String note) {
}
