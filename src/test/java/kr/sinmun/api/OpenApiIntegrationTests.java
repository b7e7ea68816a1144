package kr.sinmun.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description is served from the code, without a token, and describes the API as it is: its real
 * paths and how each authenticates. A script author reads it before they have a token.
 */
class OpenApiIntegrationTests extends IntegrationTest {

	@Test
	void servesTheApiDescriptionWithoutAToken() {
		Response yaml = web().get("/api/v1/openapi.json.yaml");
		assertThat(yaml.status()).as("the YAML variant is public too").isEqualTo(200);
		assertThat(yaml.body()).contains("openapi: 3.", "/api/v1/articles");
		assertThat(web().head("/api/v1/openapi.json").status()).isEqualTo(200);
		Response response = web().get("/api/v1/openapi.json");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		JsonNode openApi = response.json();
		assertThat(openApi.get("openapi").asString()).startsWith("3.");
		assertThat(openApi.get("info").get("version").asString()).isEqualTo("v1");
	}

	@Test
	void describesTheControllersPathsAndNothingElse() {
		JsonNode paths = web().get("/api/v1/openapi.json").json().get("paths");

		List<String> names = new ArrayList<>(paths.propertyNames());
		assertThat(names).contains("/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/sections", "/api/v1/media",
				"/api/v1/auth/token", "/api/v1/search", "/api/v1/search/suggest", "/api/v1/banner-campaigns/{id}/decision",
				"/api/v1/weather/stations");
		assertThat(names).allMatch(path -> path.startsWith("/api/v1/"), "only the API's own paths");
		assertThat(paths.get("/api/v1/articles").has("post")).isTrue();
		assertThat(paths.get("/api/v1/articles").has("get")).isTrue();
		assertThat(paths.get("/api/v1/articles/{id}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/articles/{id}").has("delete")).isTrue();
	}

	@Test
	void describesBodiesFromTheRequestRecordsAndLeavesTheTokenOwnerOut() {
		JsonNode openApi = web().get("/api/v1/openapi.json").json();

		JsonNode create = openApi.get("paths").get("/api/v1/articles").get("post");
		String schema = create.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString();
		assertThat(schema).endsWith("/ArticleRequest");
		JsonNode properties = openApi.get("components").get("schemas").get("ArticleRequest").get("properties");
		assertThat(properties.propertyNames()).contains("section", "headline", "bodyHtml", "tags", "status", "publishedAt");
		// The token's owner comes from the Authorization header, never from a parameter a client could send.
		JsonNode list = openApi.get("paths").get("/api/v1/articles").get("get").get("parameters");
		List<String> parameters = new ArrayList<>();
		list.forEach(parameter -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).containsExactlyInAnyOrder("section", "page");
	}

	@Test
	void saysHowEachCallAuthenticates() {
		JsonNode openApi = web().get("/api/v1/openapi.json").json();

		JsonNode schemes = openApi.get("components").get("securitySchemes");
		assertThat(schemes.get("bearer").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(openApi.get("security").get(0).has("bearer")).as("a token by default").isTrue();

		JsonNode paths = openApi.get("paths");
		assertThat(paths.get("/api/v1/auth/token").get("post").get("security").get(0).has("basic")).isTrue();
		assertThat(paths.get("/api/v1/search").get("get").get("security")).as("public search").isEmpty();
		assertThat(paths.get("/api/v1/search/suggest").get("get").get("security")).isEmpty();
		assertThat(paths.get("/api/v1/articles").get("post").has("security")).as("the default applies").isFalse();
	}

	@Test
	void isNeitherCachedAsAPageNorAffectedByAReaderCookie() {
		Response first = web().get("/api/v1/openapi.json", "Accept-Encoding", "gzip, br");
		Response withCookie = web().get("/api/v1/openapi.json", "Cookie", "SINMUN_SESSION=unknown");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.header("Surrogate-Key")).as("not a page of the page cache").isNull();
		assertThat(withCookie.status()).isEqualTo(200);
		assertThat(withCookie.json().get("paths").has("/api/v1/articles")).isTrue();
	}

}
