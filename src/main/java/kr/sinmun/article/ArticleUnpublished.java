package kr.sinmun.article;

/** A published article was withdrawn or deleted and must disappear from every reader page. */
public record ArticleUnpublished(long articleId, int sectionId) {
}
