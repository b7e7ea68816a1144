package kr.sinmun.article;

/**
 * A 예약 or 엠바고 article's time came and readers see it now. Published once for the whole installation, by
 * the node that claimed the moment; the portal delivery was queued when the article was scheduled, so this is
 * only for readers' copies (pages, search, most-read).
 */
public record ArticleAppeared(long articleId, int sectionId) {
}
