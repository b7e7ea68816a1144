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

}
