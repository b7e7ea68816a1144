package kr.sinmun.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Style sheets and scripts as browsers expect them: hashed addresses, kept a year, sent compressed. */
class StaticAssetsIntegrationTests extends IntegrationTest {

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/site-[0-9a-f]{32}\\.css)\">");

	private String stylesheet() {
		String home = web().get("/").body();
		Matcher link = STYLESHEET.matcher(home);
		assertThat(link.find()).as("the home page links its style sheet by a content hash").isTrue();
		assertThat(home).containsPattern("<script src=\"/js/site-[0-9a-f]{32}\\.js\" defer></script>")
			.containsPattern("<script src=\"/js/ads-[0-9a-f]{32}\\.js\" defer></script>");
		return link.group(1);
	}

	@Test
	void theHomePageLinksAHashedStyleSheetThatBrowsersKeepForAYear() {
		String first = stylesheet();
		assertThat(stylesheet()).as("and so does the page the cache answers with").isEqualTo(first);
		WebClient.Response css = web().get(first);
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Content-Type")).startsWith("text/css");
		assertThat(css.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(css.body()).contains(".ad-slot").isEqualTo(web().get("/css/site.css").body());

		WebClient.Response plain = web().get("/css/site.css");
		assertThat(plain.header("Cache-Control")).as("the plain name is revalidated").isEqualTo("no-cache");
		WebClient.Response forged = web().get("/css/site-0123456789abcdef0123456789abcdef.css");
		assertThat(forged.status()).as("a hash that is not the file's").isEqualTo(404);
		assertThat(String.valueOf(forged.header("Cache-Control"))).as("a 404 nobody keeps for a year")
			.doesNotContain("immutable");
	}

	@Test
	void theStyleSheetGoesOutPrecompressedForBrowsersThatAcceptIt() throws IOException {
		String url = stylesheet();
		byte[] plain = web().get(url).bytes();

		WebClient.Response gzip = web().get(url, "Accept-Encoding", "gzip");
		assertThat(gzip.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.header("Vary")).contains("Accept-Encoding");
		assertThat(gzip.header("Cache-Control")).contains("immutable");
		assertThat(gzip.bytes().length).isLessThan(plain.length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.bytes()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(new String(plain, StandardCharsets.UTF_8));
		}

		// What Chrome sends: gzip listed first, Brotli smaller and served.
		WebClient.Response brotli = web().get(url, "Accept-Encoding", "gzip, deflate, br, zstd");
		assertThat(brotli.header("Content-Encoding")).isEqualTo("br");
		assertThat(brotli.bytes().length).isLessThan(gzip.bytes().length);
		assertThat(web().get(url, "Accept-Encoding", "br;q=0, gzip").header("Content-Encoding")).as("br refused")
			.isEqualTo("gzip");
		Brotli4jLoader.ensureAvailability();
		assertThat(Decoder.decompress(brotli.bytes()).getDecompressedData()).isEqualTo(plain);

		WebClient.Response script = web().get("/js/ads.js", "Accept-Encoding", "gzip");
		assertThat(script.header("Content-Encoding")).isEqualTo("gzip");
	}

}
