package kr.sinmun.site;

import java.util.List;

/** One page of a section's articles, newest first, with numbered pagination. */
public record SectionPage(Chrome chrome, String name, List<ListItem> items, long total, int page, int pageCount,
		List<PageLink> pages, String previousUrl, String nextUrl, List<ListItem> hotClick, SocialMeta social,
		int sectionId) {

	/** A page number in the pagination bar. */
	public record PageLink(int number, String url, boolean current) {
	}

}
