package kr.sinmun.article;

/** The desk changed the 관련기사 pinned to an article: that article's page is dropped on every node. */
public record RelatedPinsChanged(long articleId) {
}
