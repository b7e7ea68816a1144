package kr.sinmun.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maxMegabytes} bounds the memory the page cache may hold (plain and gzip bytes together);
 * {@code ttl} bounds how old the parts that change without a publish (the date, the most-read list) may get,
 * here and in a CDN ({@code s-maxage}); {@code purgeUrl}, when set, is told which keys to drop on every
 * invalidation.
 */
@ConfigurationProperties("sinmun.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64") int maxMegabytes,
		@DefaultValue("60s") Duration ttl, @DefaultValue("30s") Duration staleWhileRevalidate,
		@DefaultValue("") String purgeUrl) {
}
