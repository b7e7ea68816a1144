package kr.sinmun.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sinmun.platform.HtmlAllowList;

import static org.assertj.core.api.Assertions.assertThat;

class BodyEmbedsTests {

	@Test
	void aVideoBecomesAStillOfOurOwnThatNamesNoProviderAddressUntilPlayed() {
		String stored = HtmlAllowList.sanitize("<p>앞</p><div data-video-provider=\"youtube\" data-video-id=\"dQw4w9WgXcQ\" "
				+ "data-video-title=\"폭우 현장\"></div>");
		Document page = Jsoup.parseBodyFragment(BodyEmbeds.rewrite(stored));
		assertThat(page.select("iframe, img, script, [src]")).as("nothing the browser would load").isEmpty();
		assertThat(page.selectFirst("button.video-play").attr("data-player"))
			.isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0");
		assertThat(page.selectFirst("button.video-play").attr("data-title")).isEqualTo("폭우 현장 (YouTube)");
		assertThat(page.selectFirst("button.video-play").text()).contains("동영상 재생: 폭우 현장");
		assertThat(page.selectFirst("figcaption a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
	}

	@Test
	void aVideoWithoutTitleIsNamedByItsProvider() {
		String html = BodyEmbeds.rewrite("<div data-video-provider=\"kakaotv\" data-video-id=\"4420171\"></div>");
		Document page = Jsoup.parseBodyFragment(html);
		assertThat(page.selectFirst("button.video-play").attr("data-player"))
			.isEqualTo("https://play-tv.kakao.com/embed/player/cliplink/4420171?autoplay=1");
		assertThat(page.selectFirst(".video-label").text()).isEqualTo("동영상 재생: 카카오TV 동영상");
	}

	@Test
	void aGalleryKeepsItsCaptionsAndLoadsOnlyItsFirstPhotoAtOnce() {
		String stored = HtmlAllowList.sanitize("<div class=\"gallery\">"
				+ "<figure><img src=\"/media/a-1280.jpg\" alt=\"첫째\" width=\"1280\" height=\"853\"><figcaption>하나</figcaption></figure>"
				+ "<figure><img src=\"/media/b-1280.jpg\" alt=\"둘째\" width=\"1280\" height=\"853\"><figcaption>둘</figcaption></figure>"
				+ "<figure><img src=\"/media/c-1280.jpg\" alt=\"셋째\" width=\"1280\" height=\"853\"><figcaption>셋</figcaption></figure>"
				+ "</div>");
		Document page = Jsoup.parseBodyFragment(ResponsiveImages.rewrite(BodyEmbeds.rewrite(stored)));
		assertThat(page.select(".gallery-track figure.gallery-item figcaption").eachText()).containsExactly("하나", "둘", "셋");
		assertThat(page.select(".gallery-track img").eachAttr("loading")).containsExactly("lazy", "lazy");
		assertThat(page.select(".gallery-track img").first().hasAttr("loading")).isFalse();
		assertThat(page.select(".gallery-track picture")).as("responsive copies still offered").hasSize(3);
		assertThat(page.selectFirst(".gallery-track").attr("tabindex")).isEqualTo("0");
		assertThat(page.selectFirst(".gallery-count").text()).isEqualTo("1 / 3");
	}

	@Test
	void leavesABodyWithoutVideosOrGalleriesAsItWas() {
		String body = "<p>본문 <a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"nofollow\">링크</a></p>";
		assertThat(BodyEmbeds.rewrite(body)).isSameAs(body);
	}

}
