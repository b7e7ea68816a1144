package kr.sinmun.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsiveImagesTests {

	@Test
	void offersWebpAndEverySmallerWidthOfANewsroomPhoto() {
		String html = "<figure><img src=\"/media/2026/11/abc-1280.jpg\" alt=\"항구\" width=\"1280\" height=\"720\" />"
				+ "<figcaption>부산항</figcaption></figure>";
		assertThat(ResponsiveImages.rewrite(html)).isEqualTo("<figure><picture>"
				+ "<source type=\"image/webp\" srcset=\"/media/2026/11/abc-320.webp 320w, /media/2026/11/abc-720.webp 720w, "
				+ "/media/2026/11/abc-1280.webp 1280w\" sizes=\"(max-width: 760px) 100vw, 760px\">"
				+ "<img src=\"/media/2026/11/abc-1280.jpg\" srcset=\"/media/2026/11/abc-320.jpg 320w, "
				+ "/media/2026/11/abc-720.jpg 720w, /media/2026/11/abc-1280.jpg 1280w\" sizes=\"(max-width: 760px) 100vw, 760px\""
				+ " alt=\"항구\" width=\"1280\" height=\"720\" /></picture><figcaption>부산항</figcaption></figure>");
	}

	@Test
	void aSmallPhotoOffersOnlyTheWidthsThatExist() {
		String out = ResponsiveImages.rewrite("<img src=\"/media/x/p-640.jpg\" alt=\"\">");
		assertThat(out).contains("srcset=\"/media/x/p-320.webp 320w, /media/x/p-640.webp 640w\"")
			.doesNotContain("720w");
	}

	@Test
	void leavesOtherImagesAlone() {
		String html = "<p><img src=\"https://cdn.example/a.jpg\" alt=\"외부\"><img src=\"/media/2025/01/original.png\" alt=\"\"></p>";
		assertThat(ResponsiveImages.rewrite(html)).isEqualTo(html);
	}

}
