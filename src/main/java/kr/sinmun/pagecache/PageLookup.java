package kr.sinmun.pagecache;

/**
 * Which cached answer a request gets. All the addresses a reader can type for one page lead to one key:
 * parameters a page does not read are left out, a list's page number is read the way the list reads it, and
 * numbers past a list's last page share the list's one stored "no such page". A flood of made-up addresses then
 * costs what a hit costs and cannot push the hot pages out of memory.
 *
 * <p>It reads the raw path and query as they arrived, so the valve and the filter compute the same key without
 * decoding anything. A path outside this grammar (percent-encoded digits, path parameters, …) is never cached.
 */
final class PageLookup {

	/** What follows a list's path in the key of its stored "no such page" answer. */
	static final String NO_SUCH_PAGE = "?page=*";

	private static final String ARTICLE = "/news/";

	private static final String SECTION = "/section/";

	private static final String REPORTER = "/reporter/";

	private static final String SERIES = "/series/";

	private PageLookup() {
	}

	/** The key a render of this request is stored under, or null for a path the cache never holds. */
	static String key(String path, String query) {
		if (path == null) {
			return null;
		}
		if (isList(path)) {
			int number = PageNumbers.fromQuery(query);
			return number == 1 ? path : path + (number == PageNumbers.NONE ? NO_SUCH_PAGE : "?page=" + number);
		}
		return isPage(path) ? path : null;
	}

	/**
	 * The cached answer for this request: the page it asks for, or for a list page past the last, the list's stored
	 * "no such page"; null when the page must be rendered.
	 */
	static PageCache.CachedPage find(PageCache cache, String path, String query) {
		if (path == null) {
			return null;
		}
		if (!isList(path)) {
			return isPage(path) ? cache.get(path) : null;
		}
		int number = PageNumbers.fromQuery(query);
		if (number == 1) {
			return cache.get(path);
		}
		if (number != PageNumbers.NONE) {
			PageCache.CachedPage page = cache.get(path + "?page=" + number);
			if (page != null) {
				return page;
			}
		}
		PageCache.CachedPage noSuchPage = cache.get(path + NO_SUCH_PAGE);
		return noSuchPage != null && number > noSuchPage.lastPage() ? noSuchPage : null;
	}

	/** The key a list's "no such page" answer is stored under, for the list this key belongs to. */
	static String noSuchPageKey(String key) {
		int query = key.indexOf('?');
		return (query < 0 ? key : key.substring(0, query)) + NO_SUCH_PAGE;
	}

	/** The article a cached page's key shows, or 0 for any other page. */
	static long articleId(String key) {
		return key.startsWith(ARTICLE) ? Long.parseLong(key, ARTICLE.length(), key.length(), 10) : 0;
	}

	/**
	 * The canonical address ({@code /news/12}) of an article asked for by another address the site answers with a
	 * redirect, {@code /news/12/any-slug} or {@code /news/0012}; null for the canonical address itself and for any
	 * other path. The slug may hold letters, digits, {@code -._~} and percent-encoded UTF-8 (a Korean title);
	 * anything else is left to the application, whose firewall refuses what it must.
	 */
	static String articleRedirect(String path) {
		if (path == null || !path.startsWith(ARTICLE)) {
			return null;
		}
		int digitsEnd = digits(path, ARTICLE.length());
		int length = digitsEnd - ARTICLE.length();
		if (length < 1 || length > 18) {
			return null;
		}
		if (digitsEnd == path.length()) {
			if (path.charAt(ARTICLE.length()) != '0' || length == 1) {
				return null;
			}
		}
		else if (path.charAt(digitsEnd) != '/' || !isSlug(path, digitsEnd + 1)) {
			return null;
		}
		return ARTICLE + Long.parseLong(path, ARTICLE.length(), digitsEnd, 10);
	}

	private static boolean isList(String path) {
		return (path.startsWith(SECTION) && isName(path, SECTION.length(), false))
				|| (path.startsWith(SERIES) && isName(path, SERIES.length(), false))
				|| (path.startsWith(REPORTER) && isId(path, REPORTER.length()));
	}

	// The other pages the cache holds; none of them reads a parameter. The grammar is the one the controllers map.
	private static boolean isPage(String path) {
		if (path.equals("/") || path.equals("/robots.txt")) {
			return true;
		}
		if (path.startsWith(ARTICLE)) {
			int start = ARTICLE.length();
			return isId(path, start) && (path.charAt(start) != '0' || path.length() == start + 1);
		}
		if (path.startsWith("/page/")) {
			return isName(path, "/page/".length(), false);
		}
		if (path.startsWith("/rss/")) {
			return path.endsWith(".xml") && isName(path, "/rss/".length(), path.length() - 4, true);
		}
		if (path.startsWith("/sitemap") && path.endsWith(".xml")) {
			int end = path.length() - 4;
			return end == "/sitemap".length() || isName(path, "/sitemap".length(), end, false);
		}
		return false;
	}

	// 1 to 18 digits to the end.
	private static boolean isId(String path, int start) {
		int end = digits(path, start);
		return end == path.length() && end - start >= 1 && end - start <= 18;
	}

	private static int digits(String path, int start) {
		int i = start;
		while (i < path.length() && path.charAt(i) >= '0' && path.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	// [a-z0-9-]+ to the end, or [A-Za-z0-9-]+ with upper case allowed.
	private static boolean isName(String path, int start, boolean upperCase) {
		return isName(path, start, path.length(), upperCase);
	}

	private static boolean isName(String path, int start, int end, boolean upperCase) {
		if (start >= end) {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = path.charAt(i);
			boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| (upperCase && c >= 'A' && c <= 'Z');
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	// Unreserved characters and percent-encoded bytes of non-ASCII UTF-8, to the end; not a dot segment.
	private static boolean isSlug(String path, int start) {
		int length = path.length() - start;
		if ((length == 1 || length == 2) && path.charAt(start) == '.' && path.charAt(path.length() - 1) == '.') {
			return false;
		}
		for (int i = start; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%') {
				if (i + 2 >= path.length() || "89ABCDEFabcdef".indexOf(path.charAt(i + 1)) < 0
						|| Character.digit(path.charAt(i + 2), 16) < 0) {
					return false;
				}
				i += 2;
			}
			else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~')) {
				return false;
			}
		}
		return true;
	}

}
