package kr.sinmun.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What wire imports and scripts send that the database or a feed cannot take: NUL, characters XML forbids, a
 * publication time outside what feeds can express. Each is a 400 with Korean problem details naming the field,
 * never a 500, and nothing is stored.
 */
class ArticleApiBadInputIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	private WebClient web;

	private String token;

	@BeforeEach
	void login() {
		web = web();
		token = web.token("admin", ADMIN_PASSWORD);
	}

	private Response post(String json) {
		return web.send("POST", "/api/v1/articles", json, "Authorization", "Bearer " + token, "Content-Type",
				"application/json");
	}

	private static String article(String field, String jsonValue) {
		StringBuilder json = new StringBuilder("{\"section\": \"society\", \"status\": \"PUBLISHED\"");
		for (String[] pair : List.of(new String[] { "headline", "\"API 입력 시험\"" },
				new String[] { "bodyHtml", "\"<p>본문</p>\"" })) {
			if (!pair[0].equals(field)) {
				json.append(", \"").append(pair[0]).append("\": ").append(pair[1]);
			}
		}
		return json.append(", \"").append(field).append("\": ").append(jsonValue).append('}').toString();
	}

	@Test
	void nulAndCharactersXmlForbidsAreRefusedNamingTheField() {
		List<String[]> cases = List.of(new String[] { "headline", "\"속보\\u0000\"" },
				new String[] { "headline", "\"검사\\uFFFF결과\"" }, new String[] { "headline", "\"짝 잃은 \\uD800 글자\"" },
				new String[] { "subheadline", "\"부제\\u0001\"" }, new String[] { "bodyHtml", "\"<p>본문\\uFFFE</p>\"" },
				new String[] { "tags", "[\"정상\", \"태그\\u0000\"]" }, new String[] { "wireSource", "\"통신\\u0000사\"" },
				new String[] { "reporter", "\"최하린\\u0000\"" });
		for (String[] bad : cases) {
			Response response = post(article(bad[0], bad[1]));
			assertThat(response.status()).as(bad[0] + " " + bad[1]).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.get("detail").asString()).as(bad[0]).contains(bad[0]).contains("쓸 수 없는 문자");
			assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(bad[0]);
		}
	}

	@Test
	void publicationTimesNoFeedCanExpressAreRefusedNamingTheField() {
		for (String time : List.of("-0001-06-01T09:00:00+09:00", "0000-06-01T09:00:00+09:00",
				"+10000-01-01T09:00:00+09:00", "+300000-01-01T09:00:00+09:00")) {
			Response response = post(article("publishedAt", "\"" + time + "\""));
			assertThat(response.status()).as(time).isEqualTo(400);
			assertThat(response.json().get("detail").asString()).as(time).contains("출고 시각");
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("publishedAt");
		}
		Response old = post(article("publishedAt", "\"1920-03-05T09:00:00+09:00\""));
		assertThat(old.status()).as("an archive article from 1920").isEqualTo(201);
	}

	@Test
	void lengthLimitsAreTheArticleModulesAndNameTheField() {
		Response tags = post(article("tags", "[\"" + "가".repeat(51) + "\"]"));
		assertThat(tags.status()).isEqualTo(400);
		assertThat(tags.json().get("errors").get(0).get("field").asString()).isEqualTo("tags");
		assertThat(tags.json().get("detail").asString()).contains("50자");
		Response wire = post(article("wireSource", "\"" + "통".repeat(41) + "\""));
		assertThat(wire.status()).isEqualTo(400);
		assertThat(wire.json().get("errors").get(0).get("field").asString()).isEqualTo("wireSource");
	}

	@Test
	void nulInAQueryParameterIsA400NamingIt() {
		Response search = web.get("/api/v1/search?q=%00", "Authorization", "Bearer " + token);
		assertThat(search.status()).isEqualTo(400);
		assertThat(search.header("Content-Type")).startsWith("application/problem+json");
		assertThat(search.json().get("detail").asString()).contains("'q'", "U+0000");
		Response list = web.get("/api/v1/articles?section=%00", "Authorization", "Bearer " + token);
		assertThat(list.status()).isEqualTo(400);
		assertThat(list.json().get("detail").asString()).contains("'section'");
	}

	@Test
	void anAcceptThatRulesOutJsonIsA406BeforeAnythingIsStored() {
		String headline = "수용 헤더 시험 " + System.nanoTime();
		String json = "{\"section\": \"society\", \"status\": \"PUBLISHED\", \"headline\": \"" + headline
				+ "\", \"bodyHtml\": \"<p>본문</p>\"}";
		for (String accept : new String[] { "text/html", "application/xml", "image/png", "garbage", "application/json;q=0" }) {
			Response refused = web.send("POST", "/api/v1/articles", json, "Authorization", "Bearer " + token,
					"Content-Type", "application/json", "Accept", accept);
			assertThat(refused.status()).as(accept).isEqualTo(406);
			assertThat(refused.header("Content-Type")).as(accept).startsWith("application/problem+json");
			assertThat(refused.json().get("detail").asString()).as(accept).contains("JSON");
		}
		assertThat(articles.latest(20)).as("nothing was stored").extracting(ArticleSummary::headline)
			.doesNotContain(headline);

		for (String accept : new String[] { "application/json", "*/*", "application/*", "text/html, application/json;q=0.5" }) {
			assertThat(web.get("/api/v1/sections", "Authorization", "Bearer " + token, "Accept", accept).status())
				.as(accept).isEqualTo(200);
		}
		Response created = web.send("POST", "/api/v1/articles", json, "Authorization", "Bearer " + token,
				"Content-Type", "application/json", "Accept", "application/json");
		assertThat(created.status()).isEqualTo(201);
		assertThat(articles.latest(20)).extracting(ArticleSummary::headline).containsOnlyOnce(headline);
	}

	@Test
	void aBodyTheAllowListEmptiesIsRefusedNotStoredEmpty() {
		Response refused = post(article("bodyHtml", "\"<script>alert(1)</script><style>p{}</style>\""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("본문(bodyHtml)");
		assertThat(post(article("bodyHtml", "\"<p>남는 본문</p><script>x</script>\"")).status()).isEqualTo(201);
	}

}
