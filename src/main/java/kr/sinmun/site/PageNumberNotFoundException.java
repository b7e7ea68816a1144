package kr.sinmun.site;

import kr.sinmun.pagecache.PageKeys;

/**
 * A list (a section's or a reporter's articles) asked for a page past its last. The answer is the same for every
 * such number, so the page cache keeps one copy of it per list, dropped with the list's {@code key}.
 */
class PageNumberNotFoundException extends PageNotFoundException {

	private final int lastPage;

	private final String key;

	PageNumberNotFoundException(int lastPage, String key) {
		this.lastPage = lastPage;
		this.key = key;
	}

	int lastPage() {
		return lastPage;
	}

	/** The list's {@link PageKeys} name: a change to the list may add pages. */
	String key() {
		return key;
	}

}
