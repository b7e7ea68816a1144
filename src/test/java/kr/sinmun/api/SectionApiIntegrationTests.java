package kr.sinmun.api;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections through the API: each says its parent's slug, and an administrator adds and moves sub-sections with the
 * newsroom's rules (one level, no section under itself, a parent that exists), every refusal a Korean 400, 404 or
 * 409 that changes nothing. The sections and the user a test adds are removed after it.
 */
class SectionApiIntegrationTests extends IntegrationTest {

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private WebClient web;

	private String token;

	private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

	@BeforeEach
	void login() {
		web = web();
		token = web.token("admin", ADMIN_PASSWORD);
	}

	@AfterEach
	void removeWhatTheTestAdded() {
		// Sub-sections first: a parent with sub-sections cannot go before them.
		jdbc.sql("DELETE FROM sections WHERE slug LIKE :prefix AND parent_id IS NOT NULL").param("prefix", "t-api-%" + tag)
			.update();
		jdbc.sql("DELETE FROM sections WHERE slug LIKE :prefix").param("prefix", "t-api-%" + tag).update();
		jdbc.sql("DELETE FROM users WHERE username = :name").param("name", "t-api-rep-" + tag).update();
		events.publishEvent(new SectionsChanged());
	}

	private Response call(String method, String path, String json) {
		return web.send(method, path, json, "Authorization", "Bearer " + token, "Content-Type", "application/json");
	}

	private static JsonNode bySlug(JsonNode list, String slug) {
		for (JsonNode section : list) {
			if (section.get("slug").asString().equals(slug)) {
				return section;
			}
		}
		throw new AssertionError("no section " + slug + " in " + list);
	}

	@Test
	void everySectionSaysItsParentBySlug() {
		JsonNode list = call("GET", "/api/v1/sections", null).json();
		// The demo paper's 금융·증권 is a sub-section of 경제.
		assertThat(bySlug(list, "finance").get("parent").asString()).isEqualTo("economy");
		assertThat(bySlug(list, "economy").get("parent").isNull()).isTrue();
		assertThat(bySlug(list, "economy").propertyNames()).containsExactly("slug", "name", "order", "inMenu", "parent");

		Response one = call("GET", "/api/v1/sections/finance", null);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("name").asString()).isEqualTo("금융·증권");
		assertThat(one.json().get("parent").asString()).isEqualTo("economy");
		Response none = call("GET", "/api/v1/sections/no-such-" + tag, null);
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("detail").asString()).startsWith("섹션이 없습니다");
	}

	@Test
	void anAdministratorAddsASubSectionMovesItAndMakesItTopLevel() {
		String slug = "t-api-sub-" + tag;
		Response created = call("POST", "/api/v1/sections",
				"{\"slug\": \"" + slug + "\", \"name\": \"시험부동산\", \"parent\": \"economy\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/v1/sections/" + slug);
		assertThat(created.json().get("parent").asString()).isEqualTo("economy");
		assertThat(created.json().get("inMenu").asBoolean()).isTrue();
		Section economy = sections.bySlug("economy").orElseThrow();
		assertThat(sections.subSections(economy.id())).extracting(Section::slug).contains(slug);
		// The reader site follows at once: the 전체메뉴 lists it under 경제.
		assertThat(web.get("/section/" + slug, "Cookie", "JSESSIONID=render").body())
			.contains("<a href=\"/section/economy\">경제</a>");

		Response moved = call("PUT", "/api/v1/sections/" + slug,
				"{\"slug\": \"" + slug + "\", \"name\": \"시험부동산\", \"parent\": \"society\", \"order\": 77}");
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.json().get("parent").asString()).isEqualTo("society");
		assertThat(moved.json().get("order").asInt()).isEqualTo(77);
		assertThat(sections.subSections(economy.id())).extracting(Section::slug).doesNotContain(slug);

		Response top = call("PUT", "/api/v1/sections/" + slug, "{\"slug\": \"" + slug + "\", \"name\": \"시험부동산\", \"parent\": null}");
		assertThat(top.status()).isEqualTo(200);
		assertThat(top.json().get("parent").isNull()).isTrue();
		assertThat(top.json().get("order").asInt()).as("absent: kept").isEqualTo(77);
		assertThat(sections.bySlug(slug).orElseThrow().isSubSection()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target = :slug AND action IN ('섹션 추가', '섹션 변경')")
			.param("slug", slug).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void refusesParentsTheNewsroomRefusesAndChangesNothing() {
		String parent = "t-api-par-" + tag;
		String child = "t-api-chi-" + tag;
		assertThat(call("POST", "/api/v1/sections", "{\"slug\": \"" + parent + "\", \"name\": \"시험상위\"}").status())
			.isEqualTo(201);
		assertThat(call("POST", "/api/v1/sections",
				"{\"slug\": \"" + child + "\", \"name\": \"시험하위\", \"parent\": \"" + parent + "\"}").status())
			.isEqualTo(201);
		List<Section> before = sections.all();

		// An unknown parent, or one named by a number (an id is no slug).
		Response unknown = call("POST", "/api/v1/sections",
				"{\"slug\": \"t-api-x-" + tag + "\", \"name\": \"없는 상위\", \"parent\": \"no-such-" + tag + "\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknown.json().get("detail").asString()).contains("상위 섹션(parent)이 없습니다", "no-such-" + tag);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("parent");
		int economyId = sections.bySlug("economy").orElseThrow().id();
		assertThat(call("POST", "/api/v1/sections",
				"{\"slug\": \"t-api-x-" + tag + "\", \"name\": \"번호\", \"parent\": " + economyId + "}").status())
			.isEqualTo(400);
		// Itself; a sub-section (no grandchildren); a parent with sub-sections moved under another (a cycle's start).
		assertParentRefused(parent, parent, "자기 자신");
		assertParentRefused(child, "finance", "하위 섹션이라");
		assertParentRefused(parent, "economy", "하위 섹션이 있는 섹션은");
		assertParentRefused("economy", child, "하위 섹션이라");
		Response grandchild = call("POST", "/api/v1/sections",
				"{\"slug\": \"t-api-g-" + tag + "\", \"name\": \"손자\", \"parent\": \"" + child + "\"}");
		assertThat(grandchild.status()).isEqualTo(400);
		assertThat(grandchild.json().get("detail").asString()).contains("한 단계만");

		// Another section's slug: on a change and on an addition.
		Response taken = call("PUT", "/api/v1/sections/" + child, "{\"slug\": \"economy\", \"name\": \"시험하위\"}");
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).contains("이미 쓰이는 주소", "economy");
		assertThat(call("POST", "/api/v1/sections", "{\"slug\": \"finance\", \"name\": \"겹침\", \"parent\": \"economy\"}")
			.status()).isEqualTo(409);
		assertThat(call("PUT", "/api/v1/sections/no-such-" + tag, "{\"slug\": \"no-such-" + tag + "\", \"name\": \"없음\"}")
			.status()).isEqualTo(404);

		// Huge and malformed values.
		for (String body : List.of("{\"slug\": \"t-api-h-" + tag + "\", \"name\": \"" + "가".repeat(5000) + "\"}",
				"{\"slug\": \"" + "a".repeat(5000) + "\", \"name\": \"긴 주소\"}",
				"{\"slug\": \"t-api-h-" + tag + "\", \"name\": \"큰 순서\", \"order\": 99999999999999999999}",
				"{\"slug\": \"t-api-h-" + tag + "\", \"name\": \"큰 상위\", \"parent\": \"" + "p".repeat(100_000) + "\"}",
				"{\"slug\": \"T API!\", \"name\": \"대문자\"}", "{\"name\": \"주소 없음\"}", "{\"slug\": \"t-api-h-" + tag + "\"}",
				"{\"slug\": [\"economy\"], \"name\": \"배열\"}", "{\"slug\": \"t-api-h-" + tag + "\", \"name\": \"x\", \"parent\": {}}",
				"[]", "")) {
			Response refused = call("POST", "/api/v1/sections", body);
			assertThat(refused.status()).as(body.length() > 200 ? body.substring(0, 200) : body).isIn(400, 413);
			assertThat(refused.json().get("detail").asString()).as(body.length() > 200 ? body.substring(0, 200) : body)
				.matches(".*[가-힣].*")
				.hasSizeLessThan(400);
		}
		assertThat(sections.all()).isEqualTo(before);
	}

	@Test
	void onlyAnAdministratorAddsOrChangesSections() {
		people.create(new NewUser("t-api-rep-" + tag, "reporter-password-1", "시험기자", "t-api-rep-" + tag + "@sinmun.example",
				Role.REPORTER, null));
		String reporter = web.token("t-api-rep-" + tag, "reporter-password-1");
		Response read = web.get("/api/v1/sections", "Authorization", "Bearer " + reporter);
		assertThat(read.status()).isEqualTo(200);
		Response add = web.send("POST", "/api/v1/sections", "{\"slug\": \"t-api-r-" + tag + "\", \"name\": \"기자가\"}",
				"Authorization", "Bearer " + reporter, "Content-Type", "application/json");
		assertThat(add.status()).isEqualTo(403);
		assertThat(add.json().get("detail").asString()).contains("권한");
		assertThat(web.send("PUT", "/api/v1/sections/economy", "{\"slug\": \"economy\", \"name\": \"경제\", \"parent\": \"politics\"}",
				"Authorization", "Bearer " + reporter, "Content-Type", "application/json").status()).isEqualTo(403);
		assertThat(sections.bySlug("t-api-r-" + tag)).isEmpty();
		assertThat(sections.bySlug("economy").orElseThrow().isSubSection()).isFalse();
	}

	private void assertParentRefused(String slug, String parent, String says) {
		Section section = sections.bySlug(slug).orElseThrow();
		Response refused = call("PUT", "/api/v1/sections/" + slug, "{\"slug\": \"" + slug + "\", \"name\": \""
				+ section.name() + "\", \"parent\": \"" + parent + "\"}");
		assertThat(refused.status()).as(slug + " under " + parent).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).as(slug + " under " + parent).contains(says);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("parent");
	}

}
