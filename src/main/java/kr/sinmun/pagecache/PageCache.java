package kr.sinmun.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kr.sinmun.platform.CachePolicy;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Rendered reader pages, plain and gzipped, bounded by bytes. Each page is stored with the keys of what it
 * shows (its Surrogate-Key header); a change, once committed, drops exactly the pages with its keys, here and
 * in a CDN, so the next reader gets a page rendered from the new state. Which change drops which keys is the
 * table in {@link Invalidations}.
 */
@Component
public class PageCache {

	private final Cache<String, CachedPage> pages;

	private final java.util.concurrent.atomic.AtomicLong stores = new java.util.concurrent.atomic.AtomicLong();

	private final java.util.concurrent.atomic.LongAdder renders = new java.util.concurrent.atomic.LongAdder();

	private final java.util.concurrent.atomic.AtomicLong drops = new java.util.concurrent.atomic.AtomicLong();

	private final CdnPurger purger;

	private final PageFiles files;

	private final Compression compression;

	PageCache(PageCacheProperties properties, CachePolicy policy, CdnPurger purger, PageFiles files,
			Compression compression) {
		this.purger = purger;
		this.files = files;
		this.compression = compression;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxMegabytes() * 1024L * 1024L)
			.weigher((String key, CachedPage page) -> page.weight())
			// As long as a CDN may keep it (CachePolicy).
			.expireAfterWrite(policy.ttl())
			// Whatever the reason a page leaves (replaced, invalidated, expired, evicted), its files go too.
			.removalListener((String key, CachedPage page, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
				if (page != null) {
					page.variants().forEach(variant -> files.drop(variant.file()));
				}
			})
			.build();
	}

	CachedPage get(String key) {
		return pages.getIfPresent(key);
	}

	/**
	 * Stores a rendered page under {@code key}. {@code articleId} is the article the page shows, or 0: a hit on
	 * an article page counts as a view.
	 */
	CachedPage put(String key, long articleId, byte[] body, String contentType, List<String[]> headers) {
		return put(key, articleId, 200, 0, body, contentType, headers, drops.get());
	}

	/**
	 * Stores a page rendered after {@code dropsBefore} drops ({@link #drops()}); if anything was dropped since,
	 * the page is returned to answer its request but not kept, since it may show what was just dropped.
	 */
	CachedPage put(String key, long articleId, byte[] body, String contentType, List<String[]> headers,
			long dropsBefore) {
		return put(key, articleId, 200, 0, body, contentType, headers, dropsBefore);
	}

	/**
	 * Stores a list's "no such page" answer (a 404 page) under {@code key}: it answers every page number above
	 * {@code lastPage}, until a change to the list drops it.
	 */
	CachedPage putNoSuchPage(String key, int lastPage, byte[] body, String contentType, List<String[]> headers,
			long dropsBefore) {
		return put(key, 0, 404, lastPage, body, contentType, headers, dropsBefore);
	}

	private CachedPage put(String key, long articleId, int status, int lastPage, byte[] body, String contentType,
			List<String[]> headers, long dropsBefore) {
		byte[] brotli = compression.brotli(body);
		String etag = etag(body);
		// Every response of this page carries these; only Content-Encoding and Content-Length vary by variant.
		List<Header> wire = new java.util.ArrayList<>();
		headers.forEach(header -> wire.add(Header.of(header[0], header[1])));
		wire.add(Header.of(HttpHeaders.CONTENT_TYPE, contentType));
		wire.add(Header.of(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
		if (status == 200) {
			wire.add(Header.of(HttpHeaders.ETAG, etag));
		}
		CachedPage page = new CachedPage(status, variant(body, null), variant(gzip(body), "gzip"),
				brotli == null ? null : variant(brotli, "br"), List.copyOf(wire), etag,
				lastModified(headers), keys(headers), articleId, lastPage);
		if (drops.get() != dropsBefore) {
			page.variants().forEach(variant -> files.drop(variant.file()));
			return page;
		}
		pages.put(key, page);
		stores.incrementAndGet();
		// CASE: a drop ran between the check and the put: this page may be stale, so it goes too.
		if (drops.get() != dropsBefore) {
			pages.asMap().remove(key, page);
		}
		return page;
	}

	// Only a page too large for one write is kept as a file too (see ResponseWrites).
	private Variant variant(byte[] bytes, String coding) {
		return new Variant(bytes, ResponseWrites.fitsOneWrite(bytes.length) ? null : files.write(bytes),
				coding == null ? null : Header.of(HttpHeaders.CONTENT_ENCODING, coding));
	}

	/** Drops every page, here and in the CDN. */
	public void clear() {
		clearHere();
		purger.purge(Set.of(PageKeys.SITE));
	}

	/** Whether a page is stored under {@code key} (a path, with {@code ?page=n} for a list's later pages). */
	public boolean contains(String key) {
		return pages.getIfPresent(key) != null;
	}

	/** How many pages were rendered into the cache so far: what request coalescing keeps low. */
	long stores() {
		return stores.get();
	}

	/** Counts a request the cache could not answer and sent on to be rendered. */
	void countRender() {
		renders.increment();
	}

	/** How many requests for cacheable pages were rendered rather than answered from the cache. */
	long renders() {
		return renders.sum();
	}

	private static java.util.Set<String> keys(List<String[]> headers) {
		return headers.stream()
			.filter(header -> header[0].equalsIgnoreCase(PageKeys.SURROGATE_KEY))
			.flatMap(header -> java.util.Arrays.stream(header[1].trim().split("\\s+")))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	long size() {
		return pages.estimatedSize();
	}

	/** Drops what one change makes stale, on this node (see {@link Invalidations}). */
	void drop(Invalidations.Drop drop) {
		if (drop.everyPage()) {
			clearHere();
			return;
		}
		drops.incrementAndGet();
		pages.asMap().values().removeIf(page -> drop.drops(page.keys()));
	}

	private void clearHere() {
		drops.incrementAndGet();
		pages.invalidateAll();
	}

	/**
	 * A count of drops, taken before a page is rendered: a page whose render overlapped a drop may show the
	 * state from before it, so {@link #put} does not keep it.
	 */
	long drops() {
		return drops.get();
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

	private static java.time.ZonedDateTime lastModified(List<String[]> headers) {
		return headers.stream()
			.filter(header -> header[0].equalsIgnoreCase(HttpHeaders.LAST_MODIFIED))
			.findFirst()
			.map(header -> {
				try {
					return java.time.ZonedDateTime.parse(header[1], java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
				}
				catch (java.time.format.DateTimeParseException ex) {
					return null;
				}
			})
			.orElse(null);
	}

	/**
	 * A page as stored: its status, each encoding, and {@code wire}, the headers every response of it carries
	 * (what the render set to repeat, Content-Type, Vary and, on a 200, ETag). {@code brotli} is null where no
	 * Brotli library could be loaded. A list's "no such page" (404) answers page numbers above {@code lastPage}.
	 */
	record CachedPage(int status, Variant plain, Variant gzip, Variant brotli, List<Header> wire,
			String etag, java.time.ZonedDateTime lastModified, java.util.Set<String> keys, long articleId,
			int lastPage) {

		int weight() {
			return variants().stream().mapToInt(variant -> variant.bytes().length).sum()
					+ wire.stream().mapToInt(header -> 2 * (header.nameBytes().length + header.valueBytes().length)).sum()
					+ 512;
		}

		List<Variant> variants() {
			return brotli == null ? List.of(plain, gzip) : List.of(plain, gzip, brotli);
		}

		/** The stored encoding a client with this {@code Accept-Encoding} takes. */
		Variant negotiate(String acceptEncoding) {
			return switch (Encodings.preferred(acceptEncoding, brotli != null)) {
				case BROTLI -> brotli;
				case GZIP -> gzip;
				case IDENTITY -> plain;
			};
		}

		/** Whether a conditional request's validators still match this page (RFC 9110: ETag first). */
		boolean notModified(String ifNoneMatch, String ifModifiedSince) {
			if (status != 200) {
				return false;
			}
			if (ifNoneMatch != null) {
				for (String tag : ifNoneMatch.split(",")) {
					String trimmed = tag.trim();
					if (trimmed.equals("*") || trimmed.equals(etag)) {
						return true;
					}
				}
				return false;
			}
			if (ifModifiedSince == null || lastModified == null) {
				return false;
			}
			try {
				return !lastModified.isAfter(java.time.ZonedDateTime.parse(ifModifiedSince,
						java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME));
			}
			catch (java.time.format.DateTimeParseException ex) {
				return false;
			}
		}

	}

	/**
	 * One encoding of a page: its bytes, its Content-Encoding header (null for the plain bytes), and for a page
	 * too large for one write the same bytes as a file for sendfile (null for a small page, or if the file could
	 * not be written).
	 */
	record Variant(byte[] bytes, java.nio.file.Path file, Header encoding) {
	}

	/**
	 * A response header, also as the bytes that go on the wire, so that a hit writes them without encoding
	 * anything (see {@link CachedPageValve}).
	 */
	record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

		static Header of(String name, String value) {
			return new Header(name, value, wire(name), wire(value));
		}

		// What Tomcat sends for a header string: ISO-8859-1, with control characters other than tab as spaces.
		private static byte[] wire(String text) {
			byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
			for (int i = 0; i < bytes.length; i++) {
				if ((bytes[i] >= 0 && bytes[i] <= 31 && bytes[i] != 9) || bytes[i] == 127) {
					bytes[i] = ' ';
				}
			}
			return bytes;
		}

	}

}
