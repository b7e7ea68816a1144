package kr.sinmun.article;

/** An article became visible to readers, or a visible article changed. */
public record ArticlePublished(long articleId, int sectionId) {
}
