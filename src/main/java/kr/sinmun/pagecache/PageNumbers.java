package kr.sinmun.pagecache;

/**
 * Reads a list's {@code ?page=} value from the raw query string, the same way for the page cache's key and for
 * the page itself, so that a cached answer is always the one a render would give.
 */
public final class PageNumbers {

	/**
	 * What a value that is no page number reads as: above any page a list can have, so it is answered as a
	 * number past the last page (404).
	 */
	public static final int NONE = 1_000_000;

	/**
	 * The request attribute through which a list's "no such page" answer tells its last page (an Integer), so
	 * that the page cache can keep that answer for every number above it (see {@link PageLookup}).
	 */
	public static final String LAST_PAGE = PageNumbers.class.getName() + ".lastPage";

	private static final String PARAMETER = "page=";

	private PageNumbers() {
	}

	/**
	 * The page a query asks for: 1 without a {@code page} parameter (or an empty one), the number for 1 to 6 ASCII
	 * digits (leading zeros allowed), else {@link #NONE}. The first {@code page} parameter counts, as with
	 * {@code getParameter}; values are not percent-decoded, since no link of ours encodes a digit.
	 */
	public static int fromQuery(String query) {
		if (query == null) {
			return 1;
		}
		int start = parameter(query);
		if (start < 0) {
			return 1;
		}
		int end = query.indexOf('&', start);
		if (end < 0) {
			end = query.length();
		}
		if (end == start) {
			return 1;
		}
		if (end - start > 6) {
			return NONE;
		}
		int number = 0;
		for (int i = start; i < end; i++) {
			char c = query.charAt(i);
			if (c < '0' || c > '9') {
				return NONE;
			}
			number = number * 10 + (c - '0');
		}
		return number == 0 ? NONE : number;
	}

	// Where the first page parameter's value starts, or -1.
	private static int parameter(String query) {
		int from = 0;
		while (from < query.length()) {
			if (query.startsWith(PARAMETER, from)) {
				return from + PARAMETER.length();
			}
			int next = query.indexOf('&', from);
			if (next < 0) {
				return -1;
			}
			from = next + 1;
		}
		return -1;
	}

}
