package kr.sinmun.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.IntegrationTest;
import kr.sinmun.RawHttp;
import kr.sinmun.RawHttp.Response;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no browser sends, written byte for byte on a socket as scanners and attackers send them. Whatever
 * the request, the answer is the paper's Korean page (or Korean problem details under {@code /api/}) with the
 * security headers, the right 4xx status, and no stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RawHttp raw() {
		return new RawHttp(port);
	}

	@Test
	void malformedPercentEncodingInTheQueryIsABadRequestOnEveryPathAndLogsNoStackTrace(CapturedOutput output) {
		for (String path : List.of("/", "/news/1", "/section/politics", "/page/about", "/search", "/actuator/health",
				"/newsroom/login", "/rss/allArticle.xml", "/sitemap.xml", "/no-such-page")) {
			for (String query : List.of("x=%ff", "x=%zz", "x=%", "%=1", "q=%ed%a0%80", "page=1&x=%e4%b8")) {
				assertKoreanPage(raw().get(path + "?" + query), 400, "잘못된 요청입니다", path + "?" + query);
			}
		}
		assertKoreanProblem(raw().get("/api/v1/sections?x=%zz"), 400, "잘못된 요청입니다");
		assertKoreanProblem(raw().get("/api/v1/search?q=%ff"), 400, "잘못된 요청입니다");
		// Tomcat's parameter parser throws on a nameless parameter and on more parameters than it allows, too.
		assertKoreanPage(raw().get("/?=x"), 400, "잘못된 요청입니다", "nameless parameter");
		assertKoreanPage(raw().get("/?" + "a&".repeat(1001)), 400, "잘못된 요청입니다", "1,001 parameters");
		assertNoStackTraceLogged(output);
	}

	@Test
	void malformedPercentEncodingInAFormBodyIsABadRequest(CapturedOutput output) {
		String body = "username=%zz&password=%";
		Response response = raw().exchange(("POST /newsroom/login HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
		assertKoreanPage(response, 400, "잘못된 요청입니다", "newsroom login form body");
		assertNoStackTraceLogged(output);
	}

	@Test
	void aUrlOverEightKilobytesIs414AndOversizedHeadersAre431(CapturedOutput output) {
		String longQuery = "q=" + "a".repeat(9000);
		assertKoreanPage(raw().get("/news/1?" + longQuery), 414, "주소가 너무 깁니다", "long query");
		assertKoreanPage(raw().get("/" + "a".repeat(9000)), 414, "주소가 너무 깁니다", "long path");
		assertKoreanPage(raw().get("/api/v1/articles?" + longQuery), 414, "주소가 너무 깁니다", "long API address");
		assertKoreanPage(raw().get("/", "Cookie: a=" + "b".repeat(9000)), 431, "요청 헤더가 너무 큽니다", "huge cookie");
		assertNoStackTraceLogged(output);
	}

	@Test
	void encodedSlashNulBackslashAndBadBytesInThePathGetTheKoreanPage(CapturedOutput output) {
		for (String path : List.of("/news%2F1", "/news/1%00", "/a%00b", "/a%5Cb", "/a\\b", "/%ff", "/%zz", "/a%",
				"/news/1%ed%a0%80", "/\u0001", "/?q=<script>", "/?q=\"x\"")) {
			assertKoreanPage(raw().get(path), 400, "잘못된 요청입니다", path);
		}
		assertKoreanProblem(raw().get("/api/v1/articles%2F1"), 400, "잘못된 요청입니다");
		assertKoreanProblem(raw().get("/api/v1/sections%00"), 400, "잘못된 요청입니다");
		assertNoStackTraceLogged(output);
	}

	@Test
	void theErrorAddressTypedByHandIsAPageThatDoesNotExistNotAServerError() {
		for (String path : List.of("/error", "/error?status=500&message=x")) {
			assertKoreanPage(raw().get(path), 404, "페이지를 찾을 수 없습니다", path);
		}
	}

	@Test
	void requestsSpringSecuritysFirewallRejectsGetTheKoreanPageWithSecurityHeaders() {
		for (String path : List.of("/a;b", "/news/1;jsessionid=x", "//news/1", "/%25", "/news/%2e%2e/1")) {
			assertKoreanPage(raw().get(path), 400, "잘못된 요청입니다", path);
		}
		assertKoreanPage(raw().send("FOO", "/"), 400, "잘못된 요청입니다", "FOO method");
	}

	@Test
	void methodsTheContainerRefusesGetTheKoreanPage() {
		assertKoreanPage(raw().send("TRACE", "/"), 405, "허용되지 않는 요청 방식입니다", "TRACE");
		assertKoreanPage(raw().send("CONNECT", "localhost:80"), 501, "지원하지 않는 요청 방식입니다", "CONNECT");
	}

	@Test
	void nulOrACharacterXmlForbidsInAReaderSearchIsA400NamingTheField() {
		for (String query : List.of("q=%00", "q=%EF%BF%BF", "q=%01")) {
			Response response = raw().get("/search?" + query);
			assertKoreanPage(response, 400, "잘못된 요청입니다", query);
			assertThat(Jsoup.parse(response.body()).text()).as(query).contains("항목 'q'에 쓸 수 없는 문자");
		}
	}

	@Test
	void ordinaryPagesAreUnchanged() {
		Response home = raw().get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(raw().get("/?page=1&utm_source=%ED%95%9C%EA%B8%80").status()).isEqualTo(200);
		assertThat(raw().get("/search?q=%ED%95%9C%EA%B5%AD").status()).isEqualTo(200);
		assertThat(raw().get("/news/999999999").status()).isEqualTo(404);
	}

	private static void assertKoreanPage(Response response, int status, String title, String what) {
		assertThat(response.status()).as(what).isEqualTo(status);
		assertThat(response.header("Content-Type")).as(what).startsWith("text/html").containsIgnoringCase("utf-8");
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("html").attr("lang")).as(what).isEqualTo("ko");
		assertThat(page.title()).as(what).contains(title);
		assertThat(response.body()).as(what).doesNotContain("Apache Tomcat", "HTTP Status", "Exception");
		assertSecurityHeaders(response, what);
	}

	private static void assertKoreanProblem(Response response, int status, String title) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isEqualTo(title);
		assertThat(problem.get("detail").asString()).matches(".*[가-힣].*");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static void assertSecurityHeaders(Response response, String what) {
		assertThat(response.header("X-Content-Type-Options")).as(what + ": nosniff").isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).as(what + ": frame options").isNotNull();
		assertThat(response.header("Content-Security-Policy")).as(what + ": CSP").contains("default-src 'self'");
		// CASE: the newsroom's own chain sets no Referrer-Policy on any of its pages; the reader site's does.
		if (!what.contains("newsroom")) {
			assertThat(response.header("Referrer-Policy")).as(what + ": referrer policy").isNotNull();
		}
	}

	private static void assertNoStackTraceLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("\tat ")
			.doesNotContain("Http11Processor")
			.doesNotContain("InvalidParameterException")
			.doesNotContain("NullPointerException");
	}

}
