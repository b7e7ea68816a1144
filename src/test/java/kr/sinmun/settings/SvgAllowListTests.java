package kr.sinmun.settings;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is left of an uploaded SVG logo: its drawing, never a script or a reference outside the file. */
class SvgAllowListTests {

	private static String clean(String svg) {
		return new String(SvgAllowList.clean(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	@Test
	void keepsShapesGradientsAndTextOfALogo() {
		String logo = clean("""
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50" width="200" height="50">
				  <defs><linearGradient id="g"><stop offset="0" stop-color="#0b4ea2"/></linearGradient></defs>
				  <rect width="50" height="50" fill="url(#g)" style="stroke:#000;stroke-width:2"/>
				  <text x="60" y="35" font-size="28" font-weight="800">한빛일보</text>
				</svg>""");
		assertThat(logo).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" height=\"50\" viewBox=\"0 0 200 50\" width=\"200\">")
			.contains("<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#0b4ea2\"")
			.contains("fill=\"url(#g)\"")
			.contains("style=\"stroke:#000;stroke-width:2\"")
			.contains(">한빛일보</text>");
	}

	@Test
	void dropsScriptsHandlersStylesImagesLinksAndOutsideReferences() {
		String logo = clean("""
				<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
				  <script>alert(2)</script>
				  <style>@import url(https://evil.example/x.css);</style>
				  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
				  <image href="https://evil.example/pixel.png" width="1" height="1"/>
				  <a href="javascript:alert(3)"><rect width="1" height="1"/></a>
				  <use xlink:href="https://evil.example/sprite.svg#x"/>
				  <use href="#box"/>
				  <rect id="box" width="5" height="5" fill="url(https://evil.example/paint)" onclick="alert(4)"
				        style="fill:red;background:url(https://evil.example/y)"/>
				  <animate attributeName="href" to="javascript:alert(5)"/>
				</svg>""");
		assertThat(logo).doesNotContain("script", "alert", "evil.example", "onload", "onclick", "<style", "<image",
				"foreignObject", "<a", "animate", "javascript");
		assertThat(logo).contains("<use href=\"#box\"").contains("<rect height=\"5\" id=\"box\" style=\"fill:red\" width=\"5\">");
	}

	@Test
	void refusesDoctypesAndEntities() {
		assertThatThrownBy(() -> clean("""
				<?xml version="1.0"?>
				<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>"""))
			.isInstanceOf(InvalidLogoException.class)
			.hasMessageContaining("DOCTYPE");
	}

	@Test
	void refusesXmlThatIsNotSvg() {
		assertThatThrownBy(() -> clean("<html><body>로고</body></html>")).isInstanceOf(InvalidLogoException.class)
			.hasMessage("SVG 파일이 아닙니다. 로고는 PNG 또는 SVG 파일로 올려 주십시오.");
	}

}
