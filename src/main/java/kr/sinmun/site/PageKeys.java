package kr.sinmun.site;

/**
 * The names of what a cached page depends on. A page carries them in {@code Surrogate-Key} (Fastly and
 * others) and {@code Cache-Tag} (Cloudflare), and this node's page cache drops pages by the same names.
 */
final class PageKeys {

	static final String SURROGATE_KEY = "Surrogate-Key";

	static final String CACHE_TAG = "Cache-Tag";

	/** Every page: menus, footers and settings appear on all of them. */
	static final String SITE = "site";

	static final String HOME = "home";

	static final String FEED = "feed";

	private PageKeys() {
	}

	static String article(long id) {
		return "article-" + id;
	}

	static String section(int id) {
		return "section-" + id;
	}

	static String reporter(long id) {
		return "reporter-" + id;
	}

	static String page(String slug) {
		return "page-" + slug;
	}

}
