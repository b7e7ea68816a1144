package kr.sinmun.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long browsers and shared caches (a CDN) may keep each kind of answer: the one table of
 * {@code Cache-Control} values, as Ghost keeps its {@code caching.*} settings. {@code ttl} is also how long a
 * node's page cache keeps a page, so a CDN keeps pages, feeds and sitemaps exactly as long as a node does;
 * {@code staleWhileRevalidate} is how much longer a CDN may serve one while it fetches the new copy.
 *
 * <p>Bound from {@code sinmun.page-cache.ttl} and {@code sinmun.page-cache.stale-while-revalidate}.
 */
@ConfigurationProperties("sinmun.page-cache")
public record CachePolicy(@DefaultValue("60s") Duration ttl, @DefaultValue("30s") Duration staleWhileRevalidate) {

	/** The kinds of answer readers and crawlers get. */
	public enum Kind {

		/** Home, section, article, reporter and static pages, and a list's "no such page". */
		PAGE,

		/** RSS feeds, sitemaps and robots.txt. */
		FEED,

		/** A wrong address of an article ({@code /news/12/some-title}, {@code /news/012}) to its canonical one. */
		REDIRECT,

		/** Search results: they change with every publish and queries are endless. */
		SEARCH

	}

	/** The {@code Cache-Control} value for answers of this kind. Callers keep it: it is built on each call. */
	public String cacheControl(Kind kind) {
		// Browsers revalidate every time (with the ETag); a CDN keeps a copy as long as a node does.
		String shared = "public, max-age=0, must-revalidate, s-maxage=" + ttl.toSeconds() + ", stale-while-revalidate="
				+ staleWhileRevalidate.toSeconds();
		return switch (kind) {
			case PAGE, FEED -> shared;
			// CASE: where an id leads never changes, so browsers may remember it for a day.
			case REDIRECT -> "public, max-age=86400";
			case SEARCH -> "no-store";
		};
	}

}
