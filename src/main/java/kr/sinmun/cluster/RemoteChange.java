package kr.sinmun.cluster;

/**
 * A change made on another node. {@code kind} is {@code ARTICLE_PUBLISHED}, {@code ARTICLE_UNPUBLISHED},
 * {@code FRONT_PAGE}, {@code STATIC_PAGE} or {@code SITE} (sections or settings); the ids say which article
 * and section, {@code detail} which static page.
 */
public record RemoteChange(String kind, Long articleId, Integer sectionId, String detail) {
}
