package kr.sinmun.article;

import java.time.Instant;

/**
 * What the newsroom's lists ask for; every part is optional. {@code waiting} narrows published articles to those
 * whose time has not come ({@code true}) or has ({@code false}); {@code embargo} to embargoed ones or not.
 * {@code from}/{@code to} bound the publication time, or the last change for unpublished work.
 */
public record ArticleFilter(ArticleStatus status, Boolean waiting, Boolean embargo, Integer sectionId, Long reporterId,
		Instant from, Instant to, String text) {

	public static ArticleFilter any() {
		return new ArticleFilter(null, null, null, null, null, null, null, null);
	}

	public ArticleFilter withStatus(ArticleStatus value) {
		return new ArticleFilter(value, waiting, embargo, sectionId, reporterId, from, to, text);
	}

}
