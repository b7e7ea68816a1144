package kr.sinmun.site;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheIntegrationTests extends IntegrationTest {

	@Test
	void servesRepeatedPagesFromTheCacheGzippedWithSecurityHeaders() {
		WebClient web = web();
		Response first = web.get("/page/tip", "Accept-Encoding", "gzip");
		Response second = web.get("/page/tip", "Accept-Encoding", "gzip");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(second.header("Vary")).isEqualTo("Accept-Encoding");
		assertThat(second.bytes().length).isLessThan(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		assertThat(second.body()).isEqualTo(first.body()).contains("<h1>기사제보</h1>");
		assertThat(second.header("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");

		Response plain = web.get("/page/tip");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(plain.body()).isEqualTo(first.body());
	}

	@Test
	void answersNotModifiedForAMatchingEtag() {
		WebClient web = web();
		web.get("/page/privacy");
		String etag = web.get("/page/privacy").header("ETag");
		assertThat(etag).isNotBlank();
		Response conditional = web.get("/page/privacy", "If-None-Match", etag);
		assertThat(conditional.status()).isEqualTo(304);
		assertThat(conditional.bytes()).isEmpty();
	}

	@Test
	void neverCachesRequestsThatCarryCredentialsOrASession() {
		WebClient web = web();
		web.get("/page/about");
		Response withSession = web.get("/page/about", "Cookie", "JSESSIONID=abc");
		assertThat(withSession.header("ETag")).isNull();
		Response cached = web.get("/page/about");
		assertThat(cached.header("ETag")).isNotNull();
	}

}
