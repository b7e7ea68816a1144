package kr.sinmun.newsroom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.settings.BrandLogo;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logo in 설정: checked and cleaned on upload, then in the masthead, footer, icons, link previews and feeds
 * of every page, by addresses that change with the file.
 */
class BrandLogoIntegrationTests extends IntegrationTest {

	private static final Pattern MASTHEAD_LOGO = Pattern
		.compile("<a class=\"logo logo--image\" href=\"/\"><img src=\"(/brand/file/logo-[0-9a-f]{16}\\.(svg|png))\" alt=\"([^\"]+)\" width=\"(\\d+)\" height=\"(\\d+)\">");

	static final String SVG_LOGO = """
			<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 60" width="240" height="60" onload="alert('logo')">
			  <script>alert('logo')</script>
			  <rect width="60" height="60" rx="8" fill="#8a1c1c"/>
			  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
			  <text x="72" y="42" font-size="32" font-weight="800" fill="#8a1c1c">한빛</text>
			</svg>""";

	@Autowired
	BrandLogo logos;

	static byte[] png(int width, int height, Color color) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	@Test
	void anSvgLogoIsCleanedAndUsedInEveryPlaceThePaperShowsItself() throws IOException {
		try {
			NewsroomSession admin = new NewsroomSession(port);
			assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/newsroom");
			admin.get("/newsroom/admin/settings");
			HttpResponse<String> uploaded = admin.upload("/newsroom/admin/settings/logo?variant=LIGHT", "logo.svg",
					SVG_LOGO.getBytes(StandardCharsets.UTF_8));
			assertThat(uploaded.statusCode()).isEqualTo(302);

			String home = web().get("/").body();
			Matcher logo = MASTHEAD_LOGO.matcher(home);
			assertThat(logo.find()).as("the masthead shows the logo").isTrue();
			assertThat(logo.group(3)).as("with the paper's name as its text").isNotBlank();
			assertThat(logo.group(4) + "×" + logo.group(5)).isEqualTo("240×60");
			WebClient.Response svg = web().get(logo.group(1));
			assertThat(svg.status()).isEqualTo(200);
			assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
			assertThat(svg.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
			assertThat(svg.body()).contains("한빛").doesNotContain("script", "alert", "onload", "tracker.example");

			// Icons and the link preview are drawn from it; the feed names its PNG copy.
			assertThat(home).containsPattern("<link rel=\"icon\" href=\"/brand/file/icon-32-[0-9a-f]{16}\\.png\" sizes=\"32x32\" type=\"image/png\">")
				.containsPattern("<link rel=\"apple-touch-icon\" href=\"/brand/file/icon-180-[0-9a-f]{16}\\.png\">");
			assertThat(size(web().get("/favicon.ico"))).isEqualTo("32×32");
			Matcher preview = Pattern.compile("<meta property=\"og:image\" content=\"https?://[^/\"]+(/brand/file/og-[0-9a-f]{16}\\.png)\">")
				.matcher(web().get("/section/" + firstSection(home)).body());
			assertThat(preview.find()).as("a section page's link preview is the logo").isTrue();
			assertThat(size(web().get(preview.group(1)))).isEqualTo("1200×630");
			assertThat(web().get("/rss/allArticle.xml").body()).containsPattern(
					"<image>\\s*<url>https?://[^/<]+/brand/file/logo-png-[0-9a-f]{16}\\.png</url>\\s*<title>[^<]+</title>\\s*<link>https?://[^/<]+/</link>\\s*</image>");

			// A new logo is a new address; the old one is gone.
			assertThat(admin.upload("/newsroom/admin/settings/logo?variant=LIGHT", "logo.png", png(300, 100, Color.BLUE)).statusCode())
				.isEqualTo(302);
			String after = web().get("/").body();
			assertThat(after).doesNotContain(logo.group(1)).containsPattern("<img src=\"/brand/file/logo-[0-9a-f]{16}\\.png\" alt=\"[^\"]+\" width=\"300\" height=\"100\">");
			assertThat(web().get(logo.group(1)).status()).isEqualTo(404);

			// The dark variant goes in the footer.
			assertThat(admin.upload("/newsroom/admin/settings/logo?variant=DARK", "dark.png", png(200, 50, Color.WHITE)).statusCode())
				.isEqualTo(302);
			assertThat(web().get("/").body()).containsPattern("<p class=\"footer-name footer-logo\"><img src=\"/brand/file/logo-dark-[0-9a-f]{16}\\.png\" alt=\"[^\"]+\" width=\"200\" height=\"50\" loading=\"lazy\">");

			// Removing both brings back the paper's name and the generated icons.
			assertThat(admin.form("/newsroom/admin/settings/logo", java.util.Map.of("variant", "LIGHT", "remove", "1")).statusCode()).isEqualTo(302);
			assertThat(admin.form("/newsroom/admin/settings/logo", java.util.Map.of("variant", "DARK", "remove", "1")).statusCode()).isEqualTo(302);
			String plain = web().get("/").body();
			assertThat(plain).doesNotContain("/brand/file/").containsPattern("<a class=\"logo\" href=\"/\">[^<]+</a>")
				.containsPattern("<link rel=\"icon\" href=\"/brand/[0-9a-f]{6}\\.svg\" type=\"image/svg\\+xml\">");
		}
		finally {
			logos.remove(BrandLogo.Variant.LIGHT);
			logos.remove(BrandLogo.Variant.DARK);
		}
	}

	@Test
	void refusesWhatCannotBeALogoInKorean() throws IOException {
		NewsroomSession admin = new NewsroomSession(port);
		assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/newsroom");
		admin.get("/newsroom/admin/settings");

		HttpResponse<String> jpeg = admin.upload("/newsroom/admin/settings/logo?variant=LIGHT", "logo.gif",
				"GIF89a not a logo".getBytes(StandardCharsets.UTF_8));
		assertThat(jpeg.statusCode()).isEqualTo(400);
		assertThat(jpeg.body()).contains("로고는 PNG 또는 SVG 파일만 올릴 수 있습니다.");

		byte[] broken = png(40, 40, Color.RED);
		HttpResponse<String> damaged = admin.upload("/newsroom/admin/settings/logo?variant=LIGHT", "logo.png",
				java.util.Arrays.copyOf(broken, broken.length / 2));
		assertThat(damaged.statusCode()).isEqualTo(400);
		assertThat(damaged.body()).contains("PNG 파일이 손상되었습니다.");

		HttpResponse<String> hostile = admin.upload("/newsroom/admin/settings/logo?variant=LIGHT", "logo.svg", """
				<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""".getBytes(StandardCharsets.UTF_8));
		assertThat(hostile.statusCode()).isEqualTo(400);
		assertThat(hostile.body()).contains("DOCTYPE이나 엔티티가 없는 올바른 SVG");

		HttpResponse<String> large = admin.upload("/newsroom/admin/settings/logo?variant=DARK", "logo.svg",
				("<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<!-- 여백 -->".repeat(120_000) + "</svg>")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("1MB 이하");

		assertThat(admin.upload("/newsroom/admin/settings/logo?variant=OTHER", "logo.png", broken).statusCode()).isEqualTo(400);
		assertThat(logos.logo(BrandLogo.Variant.LIGHT)).isEmpty();
		assertThat(web().get("/").body()).doesNotContain("/brand/file/");
	}

	private static String size(WebClient.Response png) throws IOException {
		assertThat(png.status()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
		return image.getWidth() + "×" + image.getHeight();
	}

	private static String firstSection(String home) {
		Matcher section = Pattern.compile("href=\"/section/([a-z0-9-]+)\"").matcher(home);
		assertThat(section.find()).isTrue();
		return section.group(1);
	}

}
