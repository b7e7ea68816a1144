package kr.sinmun.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.FileSystemResource;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The resource chain the site's style sheets and scripts go through, on files a test can edit. */
class StaticAssetsTests {

	@TempDir
	Path folder;

	private String urlOf(String lookupPath) throws Exception {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setLocations(List.of(new FileSystemResource(folder.toString() + "/")));
		List<ResourceResolver> resolvers = new ArrayList<>(StaticAssets.resolvers());
		// What the resource chain adds last in the application.
		resolvers.add(new PathResourceResolver());
		handler.setResourceResolvers(resolvers);
		handler.afterPropertiesSet();
		ResourceUrlProvider urls = new ResourceUrlProvider();
		urls.setHandlerMap(Map.of("/css/**", handler));
		return new StaticAssets(urls).url(lookupPath);
	}

	@Test
	void anEditedFileGetsANewAddress() throws Exception {
		Files.writeString(folder.resolve("site.css"), "body { color: #111; }");
		String before = urlOf("/css/site.css");
		assertThat(before).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(urlOf("/css/site.css")).as("the same content, the same address").isEqualTo(before);

		Files.writeString(folder.resolve("site.css"), "body { color: #222; }");
		assertThat(urlOf("/css/site.css")).matches("/css/site-[0-9a-f]{32}\\.css").isNotEqualTo(before);
	}

	@Test
	void readsAcceptEncodingWithBrotliFirstAndRefusalsLeftOut() {
		assertThat(StaticAssets.accepted("gzip, deflate, br, zstd")).containsExactly("br", "gzip", "deflate", "zstd");
		assertThat(StaticAssets.accepted("br;q=0, gzip;q=0.5")).containsExactly("gzip");
		assertThat(StaticAssets.accepted("BR ; q=0.0, identity")).containsExactly("identity");
		assertThat(StaticAssets.accepted(null)).isEmpty();
	}

	@Test
	void aPathWithNoFileIsGivenBackAsItIs() throws Exception {
		assertThat(urlOf("/css/none.css")).isEqualTo("/css/none.css");
	}

	@Test
	void precompressesWithGzipThatDecodesToTheFile() throws Exception {
		byte[] plain = "body { color: #111; } ".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] gzip = PrecompressedAssets.gzip(plain);
		assertThat(gzip.length).isLessThan(plain.length / 10);
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}
	}

}
