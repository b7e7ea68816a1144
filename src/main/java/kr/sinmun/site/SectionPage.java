package kr.sinmun.site;

import java.util.List;

/**
 * One page of a section's articles, newest first, with numbered pagination; beside them the section's most-read
 * articles of the week ({@code mostRead}, possibly empty) and the paper's HOT클릭.
 */
public record SectionPage(Chrome chrome, String name, List<ListItem> items, long total, int page, int pageCount,
		List<PageLink> pages, String previousUrl, String nextUrl, List<ListItem> hotClick, SocialMeta social,
		int sectionId, List<ListItem> mostRead) {

	/** A page number in the pagination bar. */
	public record PageLink(int number, String url, boolean current) {
	}

}
