package kr.sinmun.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleUnpublished;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered reader pages, plain and gzipped, bounded by bytes. A publish or withdrawal empties it once the
 * change has committed, so the next reader gets a page rendered from the new state.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	PageCache(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxMegabytes() * 1024L * 1024L)
			.weigher((String key, CachedPage page) -> page.weight())
			.expireAfterWrite(properties.ttl())
			.build();
	}

	CachedPage get(String key) {
		return pages.getIfPresent(key);
	}

	CachedPage put(String key, byte[] body, String contentType, List<String[]> headers) {
		CachedPage page = new CachedPage(body, gzip(body), contentType, headers, etag(body));
		pages.put(key, page);
		return page;
	}

	void clear() {
		pages.invalidateAll();
	}

	long size() {
		return pages.estimatedSize();
	}

	@Order(100)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		clear();
	}

	@Order(100)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		clear();
	}

	@Order(100)
	@TransactionalEventListener(fallbackExecution = true)
	void on(kr.sinmun.frontpage.FrontPageChanged event) {
		clear();
	}

	// Menus, footers and settings appear on every page.
	@TransactionalEventListener(fallbackExecution = true)
	void on(kr.sinmun.section.SectionsChanged event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(kr.sinmun.page.StaticPageChanged event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(kr.sinmun.publisher.SiteSettingsChanged event) {
		clear();
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String etag(byte[] body) {
		CRC32 crc = new CRC32();
		crc.update(body);
		return "W/\"" + Long.toHexString(crc.getValue()) + Integer.toHexString(body.length) + "\"";
	}

	/** A page as stored: both encodings, the content type and the headers to repeat on every hit. */
	record CachedPage(byte[] body, byte[] gzipBody, String contentType, List<String[]> headers, String etag) {

		int weight() {
			return body.length + gzipBody.length + 512;
		}

	}

}
