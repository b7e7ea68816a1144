package kr.sinmun.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes and 반려 through the API: the same rules as the newsroom's (the article module's), answered as problem
 * details in Korean. A 반려 without a note is 400, by a reporter's token 403, of a draft 409.
 */
class ArticleNotesApiIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "api-notes-password-1";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	JdbcClient jdbc;

	private WebClient web;

	private long writer;

	@BeforeEach
	void people() {
		web = web();
		writer = user("api-notes-writer", "노트기", Role.REPORTER);
		user("api-notes-other", "다른기", Role.REPORTER);
		user("api-notes-desk", "노트데", Role.EDITOR);
	}

	private long user(String username, String name, Role role) {
		return people.userId(username)
			.orElseGet(() -> people.create(new NewUser(username, PASSWORD, name, username + "@sinmun.example", role, null))
				.id());
	}

	private ArticleDetail article(String headline, ArticleStatus status) {
		ArticleDetail draft = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(), writer,
				headline, null, "<p>" + headline + "</p>", List.of(), ArticleStatus.DRAFT, null), writer);
		return status == ArticleStatus.DRAFT ? draft : articles.move(draft.id(), status, null, false, writer);
	}

	private Response post(String username, String path, String json) {
		return web.send("POST", path, json, "Authorization", "Bearer " + web.token(username, PASSWORD), "Content-Type",
				"application/json");
	}

	private Response get(String username, String path) {
		return web.get(path, "Authorization", "Bearer " + web.token(username, PASSWORD));
	}

	@Test
	void theDeskReturnsWithANoteAndAMissingNoteIsA400() {
		ArticleDetail article = article("API 반려 시험 기사", ArticleStatus.SUBMITTED);
		String path = "/api/v1/articles/" + article.id() + "/return";

		Response missing = post("api-notes-desk", path, "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = missing.json();
		assertThat(problem.get("detail").asString()).isEqualTo("반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("note");
		assertThat(articles.find(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);

		assertThat(post("api-notes-writer", path, "{\"note\": \"스스로 반려\"}").status()).isEqualTo(403);

		Response returned = post("api-notes-desk", path, "{\"note\": \"  제목의 숫자를 확인하십시오.  \"}");
		assertThat(returned.status()).isEqualTo(200);
		assertThat(returned.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(articles.find(article.id()).orElseThrow().returned()).isTrue();
		assertThat(jdbc.sql("SELECT channel FROM audit_log WHERE action = '기사 반려' AND target LIKE :target")
			.param("target", "기사 " + article.id() + " %")
			.query(String.class)
			.list()).containsExactly("API");

		// Sent back already: it is a draft now, which cannot be sent back again.
		Response again = post("api-notes-desk", path, "{\"note\": \"한 번 더\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("반려할 수 없습니다");
		assertThat(post("api-notes-desk", "/api/v1/articles/987654321/return", "{\"note\": \"없는 기사\"}").status())
			.isEqualTo(404);

		Response notes = get("api-notes-writer", "/api/v1/articles/" + article.id() + "/notes");
		assertThat(notes.status()).isEqualTo(200);
		JsonNode first = notes.json().get("items").get(0);
		assertThat(first.get("author").asString()).isEqualTo("노트데");
		assertThat(first.get("note").asString()).isEqualTo("제목의 숫자를 확인하십시오.");
		assertThat(first.get("at").asString()).endsWith("+09:00");
	}

	@Test
	void notesAreTheWritersAndTheDesksAndBadNotesAre400() {
		ArticleDetail article = article("API 메모 시험 기사", ArticleStatus.DRAFT);
		String path = "/api/v1/articles/" + article.id() + "/notes";
		Response added = post("api-notes-writer", path, "{\"note\": \"<b>사진</b>을 바꿨습니다.\"}");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("note").asString()).isEqualTo("<b>사진</b>을 바꿨습니다.");

		Response empty = post("api-notes-writer", path, "{\"note\": \" \"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).isEqualTo("메모 내용을 쓰십시오.");
		Response tooLong = post("api-notes-writer", path, "{\"note\": \"" + "가".repeat(2001) + "\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("2000자 이내");
		assertThat(post("api-notes-writer", path, "not json").status()).isEqualTo(400);

		assertThat(post("api-notes-other", path, "{\"note\": \"남의 기사\"}").status()).isEqualTo(403);
		assertThat(get("api-notes-other", path).status()).isEqualTo(403);
		assertThat(post("api-notes-desk", path, "{\"note\": \"데스크 메모\"}").status()).isEqualTo(201);
		assertThat(get("api-notes-desk", path).json().get("items")).hasSize(2);
		assertThat(articles.notes(article.id())).extracting(note -> note.body())
			.containsExactly("<b>사진</b>을 바꿨습니다.", "데스크 메모");
	}

}
