/**
 * Getting the news out: RSS 2.0 feeds, sitemaps (index, monthly articles, sections, pages, Google News) and
 * robots.txt. Uses the other modules; nothing uses it. Outputs are rendered once per change: the reader site's
 * page cache keeps them until the next publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds and sitemaps")
package kr.sinmun.feed;
