package kr.sinmun.article;

/**
 * A visible article was put in a series, moved to another or taken out of one ({@code before} and {@code after}
 * are series ids, null for none): both series' pages and their episodes' pages change.
 */
public record ArticleSeriesChanged(long articleId, Integer before, Integer after) {
}
