package kr.sinmun.pagecache;

import org.springframework.http.ResponseEntity;

/**
 * The names of what a cached page depends on. A page carries them in {@code Surrogate-Key} (Fastly and
 * others) and {@code Cache-Tag} (Cloudflare), and this node's page cache drops pages by the same names.
 */
public final class PageKeys {

	public static final String SURROGATE_KEY = "Surrogate-Key";

	public static final String CACHE_TAG = "Cache-Tag";

	/** Every page: menus, footers and settings appear on all of them. */
	public static final String SITE = "site";

	public static final String HOME = "home";

	public static final String FEED = "feed";

	private static final String REPORTER = "reporter-";

	private static final String SERIES = "series-";

	private PageKeys() {
	}

	/**
	 * Tags an answer with what it shows, besides {@link #SITE} which every page shows: {@code Surrogate-Key} for
	 * this node's cache and Fastly-style CDNs, {@code Cache-Tag} for Cloudflare. The one place both are written.
	 */
	public static <B extends ResponseEntity.HeadersBuilder<B>> B tag(B answer, String... keys) {
		return answer.header(SURROGATE_KEY, SITE + " " + String.join(" ", keys))
			.header(CACHE_TAG, SITE + "," + String.join(",", keys));
	}

	public static String article(long id) {
		return "article-" + id;
	}

	public static String section(int id) {
		return "section-" + id;
	}

	public static String reporter(long id) {
		return REPORTER + id;
	}

	/** A series' page and its episodes' pages, which list the series' newest episodes. */
	public static String series(int id) {
		return SERIES + id;
	}

	/** Whether {@code key} names a series' pages. */
	static boolean isSeries(String key) {
		return key.startsWith(SERIES);
	}

	/** Whether {@code key} names a reporter's page. */
	static boolean isReporter(String key) {
		return key.startsWith(REPORTER);
	}

	/**
	 * The banner slots of a kind of page ({@code home}, {@code section}, {@code article}, {@code reporter},
	 * {@code page}, as in a slot's {@code pages}): a page shows only the slots some campaign can fill, so it is
	 * dropped when that changes.
	 */
	public static String ads(String pageKind) {
		return "ads-" + pageKind;
	}

	/** The banner slots of a kind of page in one section, for campaigns aimed at that section. */
	public static String ads(String pageKind, int section) {
		return "ads-" + pageKind + "-" + section;
	}

	public static String page(String slug) {
		return "page-" + slug;
	}

}
