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

	@Test
	void aVideoGoesOutAsALinkToItsProviderAndAGalleryAsItsPhotos() {
		String body = "<div data-video-provider=\"navertv\" data-video-id=\"31486054\" data-video-title=\"항구 야경\"></div>"
				+ "<div class=\"gallery\"><figure><img src=\"/media/b.jpg\" alt=\"하나\"></figure></div>";

		String absolute = RssFeeds.absolute(body, "https://news.example");

		assertThat(absolute).contains("<p><a href=\"https://tv.naver.com/v/31486054\">항구 야경 — 네이버TV 동영상 보기</a></p>")
			.contains("<figure><img src=\"https://news.example/media/b.jpg\"")
			.doesNotContain("data-video", "gallery", "iframe");
	}

}
