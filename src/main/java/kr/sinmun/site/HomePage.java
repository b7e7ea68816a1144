package kr.sinmun.site;

import java.util.List;

/** The front page: top story, latest headlines, one box per section and the most-read list. */
public record HomePage(Chrome chrome, ListItem topStory, List<ListItem> latest, List<SectionBox> sections,
		List<ListItem> hotClick, SocialMeta social) {

	/** A section's box: its newest articles and the 더보기 link. */
	public record SectionBox(String name, String url, List<ListItem> items) {
	}

}
