package kr.sinmun.site;

import java.util.List;

/** A reporter's public page: the byline's name, contact and short bio, and their articles, newest first. */
public record ReporterPageView(Chrome chrome, String name, String email, String bio, String canonicalUrl, long total,
		List<ListItem> items, List<SectionPage.PageLink> pages, List<ListItem> hotClick, String photoUrl,
		Integer photoWidth, Integer photoHeight) {
}
