package kr.sinmun.article;

/** Where an article stands. Only {@code PUBLISHED} articles whose time has come are shown to readers. */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
