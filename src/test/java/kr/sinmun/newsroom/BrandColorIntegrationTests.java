package kr.sinmun.newsroom;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.settings.SiteSettings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The brand colour in 설정: checked as typed, then on every reader page through a style sheet of its own. */
class BrandColorIntegrationTests extends IntegrationTest {

	@Autowired
	SiteSettings settings;

	// The colour just inside the rounded corner, where the icon is plain background; the size checked too.
	private static int colourInTheCorner(WebClient.Response png, int size) throws IOException {
		assertThat(png.status()).isEqualTo(200);
		assertThat(png.header("Content-Type")).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
		assertThat(image.getWidth()).isEqualTo(size);
		assertThat(image.getHeight()).isEqualTo(size);
		return image.getRGB(size / 2, size / 16) & 0xffffff;
	}

	@Test
	void anAdministratorSetsTheBrandColorAndEveryPageTakesIt() throws IOException {
		Map<String, String> before = settings.values();
		try {
			NewsroomSession admin = new NewsroomSession(port);
			assertThat(admin.login("admin", ADMIN_PASSWORD)).endsWith("/newsroom");
			admin.get("/newsroom/admin/settings");
			Map<String, String> form = new HashMap<>(before);

			form.put("brandColor", "blue");
			HttpResponse<String> notHex = admin.form("/newsroom/admin/settings", form);
			assertThat(notHex.statusCode()).isEqualTo(400);
			assertThat(notHex.body()).contains("16진수 여섯 자리").contains("value=\"blue\"");

			form.put("brandColor", "#ffdd00");
			HttpResponse<String> tooLight = admin.form("/newsroom/admin/settings", form);
			assertThat(tooLight.statusCode()).isEqualTo(400);
			assertThat(tooLight.body()).contains("명암비가 4.5:1 이상").contains("value=\"#ffdd00\"");
			assertThat(web().get("/").body()).contains("href=\"/brand/0b4ea2.css\"");

			form.put("brandColor", "#8A1C1C");
			assertThat(admin.form("/newsroom/admin/settings", form).statusCode()).isEqualTo(302);
			assertThat(settings.brandColor()).isEqualTo("#8a1c1c");
			for (String path : new String[] { "/", "/news/1", "/page/about" }) {
				assertThat(web().get(path).body()).as(path).contains("<link rel=\"stylesheet\" href=\"/brand/8a1c1c.css\">");
			}
			WebClient.Response sheet = web().get("/brand/8a1c1c.css");
			assertThat(sheet.status()).isEqualTo(200);
			assertThat(sheet.header("Content-Type")).startsWith("text/css");
			assertThat(sheet.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
			assertThat(sheet.body()).isEqualTo(":root { --accent: #8a1c1c; --accent-dark: #671515; }\n");

			assertThat(web().get("/brand/ffff00.css").body()).as("a made-up address with a colour too light")
				.startsWith(":root { --accent: #0b4ea2;");
			assertThat(web().get("/brand/zzz.css").status()).isEqualTo(404);

			// The icon in the colour: linked from every page, and at /favicon.ico for clients that read no links.
			String home = web().get("/").body();
			assertThat(home).contains("<link rel=\"icon\" href=\"/brand/8a1c1c.svg\" type=\"image/svg+xml\">")
				.contains("<link rel=\"icon\" href=\"/brand/8a1c1c-32.png\" sizes=\"32x32\" type=\"image/png\">")
				.contains("<link rel=\"apple-touch-icon\" href=\"/brand/8a1c1c-180.png\">");
			WebClient.Response svg = web().get("/brand/8a1c1c.svg");
			assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
			assertThat(svg.body()).startsWith("<svg").contains("fill=\"#8a1c1c\"").doesNotContain("script");
			assertThat(colourInTheCorner(web().get("/brand/8a1c1c-180.png"), 180)).isEqualTo(0x8a1c1c);
			WebClient.Response favicon = web().get("/favicon.ico");
			assertThat(favicon.status()).isEqualTo(200);
			assertThat(favicon.header("Cache-Control")).isEqualTo("max-age=86400, public");
			assertThat(colourInTheCorner(favicon, 32)).isEqualTo(0x8a1c1c);
			assertThat(web().get("/brand/8a1c1c-33.png").status()).isEqualTo(404);
		}
		finally {
			settings.update(before);
		}
	}

}
