package kr.sinmun.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.Articles;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleApiIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	private WebClient web;

	private String token;

	@BeforeEach
	void login() {
		web = web();
		token = web.token("admin", ADMIN_PASSWORD);
	}

	private Response call(String method, String path, String json) {
		return web.send(method, path, json, "Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	@Test
	void issuesTokensOnlyForRightCredentials() {
		Response wrong = web.send("POST", "/api/v1/auth/token", null, "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString("admin:틀린비밀번호".getBytes()));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
		assertThat(wrong.json().get("detail").asString()).contains("비밀번호");

		Response issued = web.send("POST", "/api/v1/auth/token", null, "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes()));
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("token").asString()).hasSizeGreaterThan(30);
		assertThat(issued.json().get("expiresAt").asString()).endsWith("+09:00");
	}

	@Test
	void refusesCallsWithoutOrWithABadToken() {
		Response none = web.get("/api/v1/sections");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.json().get("detail").asString()).contains("토큰");
		Response bad = web.get("/api/v1/sections", "Authorization", "Bearer not-a-real-token");
		assertThat(bad.status()).isEqualTo(401);
	}

	@Test
	void listsSectionsInMenuOrder() {
		JsonNode sections = call("GET", "/api/v1/sections", null).json();
		assertThat(sections.get(0).get("slug").asString()).isEqualTo("politics");
		assertThat(sections.get(0).get("name").asString()).isEqualTo("정치");
		assertThat(sections.get(0).get("order").asInt()).isEqualTo(1);
		assertThat(sections.get(0).get("inMenu").asBoolean()).isTrue();
		// The eight sections of the demo paper, then any an administrator added in another test.
		assertThat(sections.size()).isGreaterThanOrEqualTo(8);
		for (int i = 1; i < sections.size(); i++) {
			assertThat(sections.get(i).get("order").asInt()).isGreaterThanOrEqualTo(sections.get(i - 1).get("order").asInt());
		}
	}

	@Test
	void publishesAnArticleThatReadersSeeAtOnce() {
		// Warm the reader pages first, so a stale page cache would show up as a failure.
		assertThat(web.get("/").body()).doesNotContain("API로 송고한 속보");
		assertThat(web.get("/section/economy").body()).doesNotContain("API로 송고한 속보");

		Response created = call("POST", "/api/v1/articles", """
				{"section": "economy", "headline": "API로 송고한 속보: “韓 경제 성장률 상향”",
				 "subheadline": "첫째 줄 부제\\n둘째 줄 부제", "bodyHtml": "<p>본문 첫 문단입니다.</p><p>둘째 문단.</p>",
				 "reporter": "이도윤", "tags": ["경제", "성장률"], "status": "PUBLISHED"}""");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).isEqualTo("/api/v1/articles/" + id);
		assertThat(created.json().get("url").asString()).endsWith("/news/" + id);
		assertThat(created.json().get("reporter").asString()).isEqualTo("이도윤");

		assertThat(web.get("/").body()).contains("API로 송고한 속보: “韓 경제 성장률 상향”");
		assertThat(web.get("/section/economy").body()).contains("API로 송고한 속보");
		String page = web.get("/news/" + id).body();
		assertThat(page).contains("<h1 class=\"headline\">API로 송고한 속보: “韓 경제 성장률 상향”</h1>")
			.contains("<p>첫째 줄 부제</p>", "<p>둘째 줄 부제</p>", "이도윤 기자", "#성장률");
	}

	@Test
	void sanitizesTheBodyBeforeAnyReaderSeesIt() {
		Response created = call("POST", "/api/v1/articles", """
				{"section": "society", "headline": "소독 시험 기사", "status": "PUBLISHED",
				 "bodyHtml": "<p onclick=\\"x()\\">안전한 문단</p><script>alert('해킹')</script><a href=\\"javascript:alert(1)\\">링크</a>"}""");
		assertThat(created.status()).isEqualTo(201);
		String stored = created.json().get("bodyHtml").asString();
		assertThat(stored).contains("안전한 문단").doesNotContain("script", "onclick", "javascript:");
		String page = web.get("/news/" + created.json().get("id").asLong()).body();
		assertThat(page).contains("안전한 문단").doesNotContain("alert('해킹')", "javascript:alert");
	}

	@Test
	void answersValidationErrorsInKoreanNamingTheField() {
		Response missing = call("POST", "/api/v1/articles", "{\"section\": \"economy\", \"bodyHtml\": \"<p>x</p>\"}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString()).contains("제목", "headline");
		assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("headline");

		Response tooLong = call("POST", "/api/v1/articles",
				"{\"section\": \"economy\", \"headline\": \"" + "가".repeat(201) + "\", \"bodyHtml\": \"<p>x</p>\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("200자");

		Response section = call("POST", "/api/v1/articles",
				"{\"section\": \"weather\", \"headline\": \"제목\", \"bodyHtml\": \"<p>x</p>\"}");
		assertThat(section.status()).isEqualTo(400);
		assertThat(section.json().get("detail").asString()).contains("알 수 없는 섹션", "weather");

		Response malformed = call("POST", "/api/v1/articles", "{\"section\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("detail").asString()).contains("JSON");

		Response wrongType = call("POST", "/api/v1/articles",
				"{\"section\": \"economy\", \"headline\": \"제목\", \"bodyHtml\": \"<p>x</p>\", \"tags\": {\"a\": 1}}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("detail").asString()).contains("tags");

		Response status = call("POST", "/api/v1/articles",
				"{\"section\": \"economy\", \"headline\": \"제목\", \"bodyHtml\": \"<p>x</p>\", \"status\": \"LIVE\"}");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().get("detail").asString()).contains("status");
	}

	@Test
	void refusesBodiesOverTwoMegabytes() {
		String huge = "{\"section\": \"economy\", \"headline\": \"큰 기사\", \"bodyHtml\": \"" + "가".repeat(800_000) + "\"}";
		Response response = call("POST", "/api/v1/articles", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("detail").asString()).contains("2MB");
	}

	@Test
	void answersNotFoundForUnknownIds() {
		Response response = call("GET", "/api/v1/articles/987654321", null);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("기사를 찾을 수 없습니다");
		assertThat(call("DELETE", "/api/v1/articles/987654321", null).status()).isEqualTo(404);
		assertThat(call("PUT", "/api/v1/articles/987654321", "{\"section\": \"economy\", \"headline\": \"제목\", \"bodyHtml\": \"\"}")
			.status()).isEqualTo(404);
	}

	@Test
	void updatesAndDeletesAndReadersFollow() {
		long id = call("POST", "/api/v1/articles",
				"{\"section\": \"culture\", \"headline\": \"수정 전 제목\", \"bodyHtml\": \"<p>본문</p>\", \"status\": \"PUBLISHED\"}")
			.json()
			.get("id")
			.asLong();
		assertThat(web.get("/news/" + id).body()).contains("수정 전 제목");

		Response updated = call("PUT", "/api/v1/articles/" + id,
				"{\"section\": \"culture\", \"headline\": \"수정 후 제목\", \"bodyHtml\": \"<p>본문</p>\", \"status\": \"PUBLISHED\"}");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(web.get("/news/" + id).body()).contains("수정 후 제목").doesNotContain("수정 전 제목");

		// DELETE is the newsroom's 초안 지우기: what readers see is taken down, not deleted.
		Response refused = call("DELETE", "/api/v1/articles/" + id, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("출고한 기사는 지울 수 없습니다");
		assertThat(call("PUT", "/api/v1/articles/" + id,
				"{\"section\": \"culture\", \"headline\": \"수정 후 제목\", \"bodyHtml\": \"<p>본문</p>\", \"status\": \"UNPUBLISHED\"}")
			.status()).isEqualTo(200);
		assertThat(web.get("/news/" + id).status()).isEqualTo(404);
		assertThat(web.get("/section/culture").body()).doesNotContain("수정 후 제목");
	}

	@Test
	void deletingADraftIsTheSoftDeleteAnAdministratorCanUndo() {
		long id = call("POST", "/api/v1/articles",
				"{\"section\": \"culture\", \"headline\": \"API로 지울 초안\", \"bodyHtml\": \"<p>본문</p>\"}")
			.json()
			.get("id")
			.asLong();
		assertThat(call("DELETE", "/api/v1/articles/" + id, null).status()).isEqualTo(204);
		assertThat(call("GET", "/api/v1/articles/" + id, null).status()).isEqualTo(404);
		assertThat(call("DELETE", "/api/v1/articles/" + id, null).status()).isEqualTo(404);
		assertThat(articles.discarded(500)).anyMatch(draft -> draft.id() == id);
		articles.restore(id);
		assertThat(call("GET", "/api/v1/articles/" + id, null).json().get("headline").asString()).isEqualTo("API로 지울 초안");
		articles.delete(id);
	}

	@Test
	void keepsDraftsAwayFromReaders() {
		Response draft = call("POST", "/api/v1/articles",
				"{\"section\": \"politics\", \"headline\": \"아직 나가면 안 되는 초고\", \"bodyHtml\": \"<p>초고</p>\"}");
		assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
		long id = draft.json().get("id").asLong();
		assertThat(web.get("/news/" + id).status()).isEqualTo(404);
		assertThat(web.get("/").body()).doesNotContain("아직 나가면 안 되는 초고");
		assertThat(call("GET", "/api/v1/articles/" + id, null).json().get("headline").asString())
			.isEqualTo("아직 나가면 안 되는 초고");
	}

	@Test
	void listsArticlesBySectionAndPage() {
		JsonNode page = call("GET", "/api/v1/articles?section=sports&page=1", null).json();
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(5);
		assertThat(page.get("items")).allSatisfy(item -> assertThat(item.get("section").asString()).isEqualTo("sports"));
		assertThat(call("GET", "/api/v1/articles?section=nope", null).status()).isEqualTo(400);
		assertThat(call("GET", "/api/v1/articles?page=0", null).status()).isEqualTo(400);
	}

}
