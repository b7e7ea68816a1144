package kr.sinmun.site;

/** An article in a list: home boxes, section pages, HOT클릭 and "latest in this section". */
public record ListItem(String url, String headline, String teaser, String imageUrl, String sectionName,
		String sectionUrl, String reporterName, String time, String isoTime) {
}
