package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a save is a conflict, over HTTP as the editor's script and form send it: only when someone else (or the
 * same writer in another window) saved in between, never because of the writer's own save or because the
 * server writes the same text differently.
 */
class EditorSaveIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// One browser tab's editor, and another one, as the script names them.
	private static final String THIS_WINDOW = "4f1c2a9e-0b7d-4c3e-9a51-6d2e8f0b1c3a";

	private static final String OTHER_WINDOW = "a83e5d10-7c2b-4f96-8e04-1b9d6c7a2f55";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	private long reporter;

	@BeforeEach
	void people() {
		reporter = NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	private static HttpResponse<String> autosave(NewsroomSession session, ArticleDetail article, int version,
			String copy, String headline, String bodyHtml) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("sectionId", String.valueOf(article.sectionId()));
		fields.put("reporterId", String.valueOf(article.reporterId()));
		fields.put("headline", headline);
		fields.put("subheadline", "");
		fields.put("bodyHtml", bodyHtml);
		fields.put("tags", "");
		fields.put("wireSource", "");
		fields.put("coReporters", "");
		fields.put("version", String.valueOf(version));
		if (copy != null) {
			fields.put("copy", copy);
		}
		return session.json("/newsroom/articles/" + article.id() + "/autosave", JSON.writeValueAsString(fields), true);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@Test
	void aSaveWhoseAnswerNeverArrivedIsNotTakenForAnotherPersonsSave() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "지하철 연장 구간 개통 앞둬",
				"<p>도시철도 연장 구간이 다음 달 문을 연다.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		session.get("/newsroom/articles/" + draft.id());

		HttpResponse<String> first = autosave(session, draft, draft.version(), THIS_WINDOW, draft.headline(),
				"<p>도시철도 연장 구간이 다음 달 문을 연다. 시운전은 이미 마쳤다.</p>");
		assertThat(first.statusCode()).isEqualTo(200);
		// CASE: the connection dropped on the way back: the browser never learnt the new version, kept typing and
		// sends again from the version it knows.
		HttpResponse<String> again = autosave(session, draft, draft.version(), THIS_WINDOW, draft.headline(),
				"<p>도시철도 연장 구간이 다음 달 문을 연다. 시운전은 이미 마쳤다. 역사 세 곳은 공사가 남았다.</p>");

		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		ArticleDetail stored = articles.find(draft.id()).orElseThrow();
		assertThat(stored.bodyHtml()).contains("역사 세 곳은 공사가 남았다.");
		assertThat(json(again).get("version").asInt()).isEqualTo(stored.version());
	}

	@Test
	void aSaveFromTheSameWritersOtherWindowIsAConflictThatSaysSo() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "공공도서관 야간 개방 확대",
				"<p>구립 도서관 네 곳이 밤 열 시까지 문을 연다.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		session.get("/newsroom/articles/" + draft.id());
		assertThat(autosave(session, draft, draft.version(), OTHER_WINDOW, "공공도서관 야간 개방 다섯 곳으로 확대",
				draft.bodyHtml()).statusCode()).isEqualTo(200);

		HttpResponse<String> mine = autosave(session, draft, draft.version(), THIS_WINDOW, draft.headline(),
				"<p>구립 도서관 네 곳이 밤 열 시까지 문을 연다. 주말에도 같다.</p>");

		assertThat(mine.statusCode()).isEqualTo(409);
		JsonNode answer = json(mine);
		assertThat(answer.get("title").asString()).isEqualTo("다른 창에서 먼저 저장했습니다");
		assertThat(answer.get("message").asString()).contains("이 기사를 다른 창이나 기기에서")
			.doesNotContain("한지우 님이")
			.contains("내 글로 덮어쓰려면 '내 글로 저장'을 누르십시오");
		assertThat(articles.find(draft.id()).orElseThrow().bodyHtml()).doesNotContain("주말에도");
	}

	@Test
	void sendingTheTextTheServerAlreadyHoldsIsNoConflictHoweverItIsWritten() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "하천 정비 사업 주민 설명회", "");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		session.get("/newsroom/articles/" + draft.id());
		// As ProseMirror writes it: a void <img>, bare quotes, & and < as the DOM escapes them.
		String typed = "<p>주민 대표는 \"산책로가 끊기지 않게 해 달라\"고 말했다. 구청은 “검토하겠다”고 답했다.</p>"
				+ "<figure><img src=\"/media/2026/12/river.jpg\" alt=\"하천 산책로\" width=\"1280\" height=\"720\">"
				+ "<figcaption>정비 전 산책로 <span class=\"credit\">사진=한지우 기자</span></figcaption></figure>"
				+ "<p>공사비는 A&amp;B 두 안 가운데 싼 쪽 &lt; 40억 원으로 잡혔다.</p>";
		assertThat(autosave(session, draft, draft.version(), OTHER_WINDOW, draft.headline(), typed).statusCode())
			.isEqualTo(200);
		ArticleDetail saved = articles.find(draft.id()).orElseThrow();
		assertThat(saved.bodyHtml()).as("the cleaner writes it its own way").isNotEqualTo(typed);

		// The same text, from the version before, written as typed and as the server writes it.
		for (String same : new String[] { typed, saved.bodyHtml() }) {
			HttpResponse<String> again = autosave(session, draft, draft.version(), THIS_WINDOW, draft.headline(), same);
			assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
			assertThat(json(again).get("version").asInt()).isEqualTo(saved.version());
		}
		assertThat(articles.find(draft.id()).orElseThrow().version()).isEqualTo(saved.version());
	}

	@Test
	void aFormSaveOverSomeoneElsesKeepsTheTextSaysWhatTheLiveBoxSaysAndOverwritesOnlyWhenAsked() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "폭염 쉼터 운영 시간 연장",
				"<p>동 주민센터 쉼터가 저녁 아홉 시까지 문을 연다.</p>");
		NewsroomSession reporterSession = session(NewsroomFixtures.REPORTER);
		reporterSession.get("/newsroom/articles/" + draft.id());
		assertThat(autosave(reporterSession, draft, draft.version(), THIS_WINDOW, "폭염 쉼터 운영 밤 열 시까지 연장",
				draft.bodyHtml()).statusCode()).isEqualTo(200);
		int current = articles.find(draft.id()).orElseThrow().version();

		NewsroomSession desk = session(NewsroomFixtures.DESK);
		desk.get("/newsroom/articles/" + draft.id());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("sectionId", String.valueOf(draft.sectionId()));
		form.put("reporterId", String.valueOf(draft.reporterId()));
		form.put("headline", draft.headline());
		form.put("bodyHtml", "<p>동 주민센터 쉼터가 저녁 아홉 시까지 문을 연다. 데스크가 보탠 문장.</p>");
		form.put("version", String.valueOf(draft.version()));
		form.put("copy", OTHER_WINDOW);
		form.put("action", "SAVE");
		HttpResponse<String> refused = desk.form("/newsroom/articles/" + draft.id(), form);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(HtmlChecker.errors(refused.body())).as("Nu HTML checker on the 409 page").isEmpty();
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#bodyHtml").text()).contains("데스크가 보탠 문장.");
		String shown = page.select("section.nr-conflict").text();
		HttpResponse<String> live = autosave(desk, draft, draft.version(), OTHER_WINDOW, draft.headline(),
				form.get("bodyHtml"));
		assertThat(live.statusCode()).isEqualTo(409);
		assertThat(shown).contains("다른 사람이 먼저 저장했습니다")
			.contains(json(live).get("title").asString())
			.contains(json(live).get("message").asString())
			.contains("한지우 님이");
		assertThat(page.select("section.nr-conflict ins").text()).contains("밤 열 시까지");
		assertThat(page.select("section.nr-conflict button").text()).isEqualTo("내 글로 저장");
		assertThat(articles.find(draft.id()).orElseThrow().bodyHtml()).doesNotContain("데스크가 보탠");

		// 저장 pressed again by habit is not the overwrite: only 내 글로 저장 is.
		assertThat(desk.form("/newsroom/articles/" + draft.id(), form).statusCode()).isEqualTo(409);
		String button = page.select("section.nr-conflict button").attr("name");
		form.put(button, page.select("section.nr-conflict button").attr("value"));
		HttpResponse<String> overwritten = desk.form("/newsroom/articles/" + draft.id(), form);

		assertThat(overwritten.statusCode()).isEqualTo(302);
		ArticleDetail stored = articles.find(draft.id()).orElseThrow();
		assertThat(stored.bodyHtml()).contains("데스크가 보탠 문장.");
		assertThat(stored.version()).isEqualTo(current + 1);
		// Nothing is lost: the reporter's headline stays a revision that can be restored.
		assertThat(articles.revisions(draft.id())).extracting(revision -> revision.headline())
			.contains("폭염 쉼터 운영 밤 열 시까지 연장");
	}

}
