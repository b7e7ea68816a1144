package kr.sinmun.site;

import java.util.List;

/**
 * One page of a series' (연재) episodes, newest first, numbered, with the desk's description and numbered
 * pagination as on a section's page.
 */
public record SeriesPageView(Chrome chrome, int seriesId, String name, String description, List<EpisodeItem> items,
		long total, int page, int pageCount, List<SectionPage.PageLink> pages, String previousUrl, String nextUrl,
		List<ListItem> hotClick, SocialMeta social) {

	/** An episode in the list: its number (n회) and the article as lists show it. */
	public record EpisodeItem(int number, ListItem item) {
	}

}
