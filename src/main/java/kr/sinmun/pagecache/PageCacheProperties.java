package kr.sinmun.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maxMegabytes} bounds the memory the page cache may hold (plain and gzip bytes together);
 * {@code purgeUrl}, when set, is told which keys to drop on every invalidation. How long a page is kept, here
 * and in a CDN ({@code sinmun.page-cache.ttl} and {@code stale-while-revalidate}), is the platform's
 * {@link kr.sinmun.platform.CachePolicy}, shared with the feeds.
 */
@ConfigurationProperties("sinmun.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64") int maxMegabytes,
		@DefaultValue("") String purgeUrl) {
}
