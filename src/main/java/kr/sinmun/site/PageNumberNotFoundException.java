package kr.sinmun.site;

import kr.sinmun.pagecache.PageKeys;

/**
 * A list (a section's or a reporter's articles) asked for a page past its last. The answer is the same for every
 * such number, so the page cache keeps one copy of it per list, dropped with the list's {@code keys} (a parent
 * section's list with each of its sub-sections').
 */
class PageNumberNotFoundException extends PageNotFoundException {

	private final int lastPage;

	private final String[] keys;

	PageNumberNotFoundException(int lastPage, String... keys) {
		this.lastPage = lastPage;
		this.keys = keys;
	}

	int lastPage() {
		return lastPage;
	}

	/** The list's {@link PageKeys} names: a change to the list may add pages. */
	String[] keys() {
		return keys.clone();
	}

}
