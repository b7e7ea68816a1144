package kr.sinmun.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed has no base address: the photos and links in an article's full text go out absolute. */
class FeedBodyUrlsTests {

	@Test
	void photosLinksAndSrcsetsBecomeAbsoluteAndTheTextStaysAsItWas() {
		String body = "<figure><picture><source type=\"image/webp\" srcset=\"/media/a-640.webp 640w, /media/a-1280.webp 1280w\">"
				+ "<img src=\"/media/a.jpg\" alt=\"부두의 컨테이너\"></picture><figcaption>부두 “컨테이너” &amp; 선박</figcaption></figure>"
				+ "<p>관련 <a href=\"/news/12\">기사</a>와 <a href=\"https://example.org/x\">외부</a>.</p>";

		String absolute = RssFeeds.absolute(body, "https://news.example");

		assertThat(absolute).contains("src=\"https://news.example/media/a.jpg\"")
			.contains("srcset=\"https://news.example/media/a-640.webp 640w, https://news.example/media/a-1280.webp 1280w\"")
			.contains("href=\"https://news.example/news/12\"")
			.contains("href=\"https://example.org/x\"")
			.contains("부두 “컨테이너” &amp; 선박")
			.doesNotContain("\"/media/");
	}

}
