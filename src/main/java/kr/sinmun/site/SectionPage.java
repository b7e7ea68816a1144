package kr.sinmun.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a section's articles, newest first, with numbered pagination. A parent section lists its
 * sub-sections' articles too. {@code parent} is the parent of a sub-section (the breadcrumb's first step), null
 * for a top-level section; {@code tabs} are the links to the family's sub-sections (empty when it has none);
 * {@code sectionIds} are the sections whose articles the page lists, so that a publish in any of them drops it.
 * Beside them: the section's most-read articles of the week ({@code mostRead}, possibly empty) and the paper's
 * HOT클릭.
 */
public record SectionPage(Chrome chrome, String name, List<ListItem> items, long total, int page, int pageCount,
		List<PageLink> pages, String previousUrl, String nextUrl, List<ListItem> hotClick, SocialMeta social,
		int sectionId, Chrome.Link parent, List<Tab> tabs, List<Integer> sectionIds, List<ListItem> mostRead) {

	/** A page number in the pagination bar. */
	public record PageLink(int number, String url, boolean current) {

		/** The pagination bar of every list: up to ten numbers around {@code page}, each with its address. */
		static List<PageLink> around(int page, int pageCount, IntFunction<String> url) {
			int first = Math.max(1, Math.min(page - 4, pageCount - 9));
			List<PageLink> links = new ArrayList<>();
			for (int number = first; number <= Math.min(pageCount, first + 9); number++) {
				links.add(new PageLink(number, url.apply(number), number == page));
			}
			return links;
		}

	}

	/** A link of the sub-section tabs; {@code current} marks the page being read. */
	public record Tab(String label, String url, boolean current) {
	}

	/** The label of the section being read in the breadcrumb and the tabs' name: "경제" or "경제 금융". */
	public String tabsLabel() {
		return (parent == null ? name : parent.label()) + " 하위 섹션";
	}

}
