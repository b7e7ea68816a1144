/**
 * Feeding articles to the portals (Kakao's Daum news): every publish, edit and unpublish is written to an
 * outbox in the same transaction, then delivered in order with retries by any node, under a claim that runs
 * out if the node dies; an article is created on the portal once, and every repeat is an update by article id. API: {@link kr.sinmun.portal.PortalFeed}. Listens to the article
 * module's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal feeding")
package kr.sinmun.portal;
