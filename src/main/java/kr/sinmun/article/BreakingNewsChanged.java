package kr.sinmun.article;

/**
 * The 속보 bar changed: an article was marked or unmarked, its end time came, or it left readers' view. Every
 * node re-reads the bar and drops every page, since the bar is on all of them. Published inside the transaction
 * that made the change (an end time's by the one node that claimed it), so the change feed carries it once.
 */
public record BreakingNewsChanged(long articleId) {
}
