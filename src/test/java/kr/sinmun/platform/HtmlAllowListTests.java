package kr.sinmun.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlAllowListTests {

	@Test
	void removesScriptsHandlersStylesAndJavascriptUrls() {
		String dirty = "<p onclick=\"steal()\" style=\"color:red\">본문</p><script>alert(1)</script>"
				+ "<a href=\"javascript:alert(1)\">링크</a><img src=\"x.jpg\" onerror=\"alert(1)\" alt=\"사진\">"
				+ "<iframe src=\"https://evil.example\"></iframe>";
		String clean = HtmlAllowList.sanitize(dirty);
		assertThat(clean).contains("<p>본문</p>").contains("링크").contains("alt=\"사진\"");
		assertThat(clean).doesNotContain("script", "onclick", "onerror", "style", "javascript:", "iframe", "alert");
	}

	@Test
	void keepsNewsroomStructure() {
		String body = "<h2>소제목</h2><p><strong>굵게</strong> <em>기울임</em> <a href=\"https://example.com/a\">출처</a></p>"
				+ "<figure><img src=\"/media/2025/08/a.jpg\" alt=\"현장\" width=\"1200\" height=\"675\">"
				+ "<figcaption>현장 모습 <span class=\"credit\">사진=신문일보</span></figcaption></figure>"
				+ "<blockquote><p>인용</p></blockquote><ul><li>하나</li></ul>"
				+ "<table><thead><tr><th scope=\"col\">항목</th></tr></thead><tbody><tr><td>값</td></tr></tbody></table>";
		String clean = HtmlAllowList.sanitize(body);
		assertThat(clean).contains("<h2>소제목</h2>", "<strong>굵게</strong>", "<em>기울임</em>",
				"href=\"https://example.com/a\"", "<figure>", "<figcaption>", "<span class=\"credit\">", "<blockquote>",
				"<li>하나</li>", "<th scope=\"col\">", "<td>값</td>", "width=\"1200\"");
	}

	@Test
	void keepsAVideoOnlyForAnAllowedProviderAndAnIdItAdmits() {
		assertThat(HtmlAllowList.sanitize("<div data-video-provider=\"youtube\" data-video-id=\"dQw4w9WgXcQ\" "
				+ "data-video-title=\"현장 영상\"></div>"))
			.isEqualTo("<div data-video-provider=\"youtube\" data-video-id=\"dQw4w9WgXcQ\" data-video-title=\"현장 영상\"></div>");
		assertThat(HtmlAllowList.sanitize("<div data-video-provider=\"navertv\" data-video-id=\"31486054\"></div>"))
			.contains("data-video-provider=\"navertv\"");
		assertThat(HtmlAllowList.sanitize("<div data-video-provider=\"kakaotv\" data-video-id=\"4420171\"></div>"))
			.contains("data-video-id=\"4420171\"");
		for (String hostile : new String[] { "<div data-video-provider=\"vimeo\" data-video-id=\"12345\">x</div>",
				"<div data-video-provider=\"navertv\" data-video-id=\"abc\">x</div>",
				"<div data-video-provider=\"youtube\" data-video-id=\"short\">x</div>",
				"<div data-video-provider=\"youtube\">x</div>", "<div data-video-id=\"dQw4w9WgXcQ\">x</div>",
				"<div data-video-provider=\"youtube\" data-video-id=\"../../evil\">x</div>",
				"<div data-video-provider=\"youtube\" data-video-id=\"dQw4w9WgXc&quot; onload=&quot;x\">x</div>" }) {
			assertThat(HtmlAllowList.sanitize(hostile)).as(hostile).isEqualTo("x");
		}
		assertThat(HtmlAllowList.sanitize("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>")).isEmpty();
	}

	@Test
	void keepsAGalleryOfFiguresAndDropsOtherDivs() {
		String gallery = "<div class=\"gallery\" id=\"x\" style=\"color:red\"><figure><img src=\"/media/a-1280.jpg\" alt=\"하나\" "
				+ "width=\"1280\" height=\"720\" /><figcaption>첫 사진</figcaption></figure></div>";
		assertThat(HtmlAllowList.sanitize(gallery)).startsWith("<div class=\"gallery\"><figure>").contains("첫 사진");
		assertThat(HtmlAllowList.sanitize("<div class=\"evil\"><p>글</p></div>")).isEqualTo("<p>글</p>");
		assertThat(HtmlAllowList.sanitize("<div class=\"gallery\" data-video-provider=\"youtube\" data-video-id=\"dQw4w9WgXcQ\"></div>"))
			.doesNotContain("gallery");
	}

}
