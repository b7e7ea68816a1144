package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what in the newsroom and through the API, checked by direct requests rather than by buttons. */
class NewsroomAccessIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	JdbcClient jdbc;

	private long reporter;

	private long otherReporter;

	@BeforeEach
	void people() {
		reporter = NewsroomFixtures.reporter(people);
		otherReporter = NewsroomFixtures.otherReporter(people);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username) {
		return session(username, NewsroomFixtures.PASSWORD);
	}

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	@Test
	void withoutLoginPagesRedirectToTheLoginFormAndScriptsGet401() {
		NewsroomSession anonymous = new NewsroomSession(port);
		HttpResponse<String> page = anonymous.get("/newsroom/articles/1");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
		HttpResponse<String> script = anonymous.get("/newsroom/articles/1", "Accept", "application/json");
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.body()).contains("로그인이 만료되었습니다").doesNotContain("headline");
		assertThat(anonymous.json("/newsroom/articles/1/autosave", "{}", false).statusCode()).isEqualTo(401);
	}

	@Test
	void aReporterCannotReachAdministrationOrOtherReportersDraftsOrPublish() {
		ArticleDetail others = NewsroomFixtures.draft(articles, sections, otherReporter, "다른 기자의 초고", "<p>비공개 초고.</p>");
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "내 기사", "<p>내 본문.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);

		HttpResponse<String> admin = session.get("/newsroom/admin/users");
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("접근 권한이 없습니다");

		HttpResponse<String> peek = session.get("/newsroom/articles/" + others.id());
		assertThat(peek.statusCode()).isEqualTo(403);
		assertThat(peek.body()).doesNotContain("비공개 초고");

		session.get("/newsroom/articles/" + own.id());
		HttpResponse<String> overwrite = session.json("/newsroom/articles/" + others.id() + "/autosave",
				"{\"sectionId\":\"" + others.sectionId() + "\",\"headline\":\"가로채기\",\"bodyHtml\":\"\",\"version\":\"1\"}",
				true);
		assertThat(overwrite.statusCode()).isEqualTo(403);
		assertThat(articles.find(others.id()).orElseThrow().headline()).isEqualTo("다른 기자의 초고");

		HttpResponse<String> publish = session.form("/newsroom/articles/" + own.id(), Map.of("action", "PUBLISH",
				"sectionId", String.valueOf(own.sectionId()), "headline", "내 기사", "bodyHtml", "<p>내 본문.</p>",
				"version", String.valueOf(own.version())));
		assertThat(publish.statusCode()).isEqualTo(403);
		assertThat(articles.find(own.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aReporterSeesOnlyTheirOwnUnpublishedWorkWhateverTheDoor() {
		ArticleDetail othersDraft = NewsroomFixtures.draft(articles, sections, otherReporter, "남의 초고 엿보기 시험",
				"<p>아직 아무도 보면 안 되는 초고 본문.</p>");
		ArticleDetail othersSubmitted = articles.move(NewsroomFixtures.draft(articles, sections, otherReporter,
				"남의 송고 엿보기 시험", "<p>데스크만 볼 송고 본문.</p>").id(), ArticleStatus.SUBMITTED, null, false,
				otherReporter);
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "내 초고 엿보기 시험", "<p>내 본문.</p>");
		ArticleDetail published = NewsroomFixtures.published(articles, sections, otherReporter, "society",
				"남의 출고 엿보기 시험", java.time.Instant.now().minusSeconds(600));
		WebClient api = web();
		String token = api.token(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);

		for (ArticleDetail hidden : java.util.List.of(othersDraft, othersSubmitted)) {
			WebClient.Response peek = api.get("/api/v1/articles/" + hidden.id(), "Authorization", "Bearer " + token);
			assertThat(peek.status()).as("GET of %s", hidden.headline()).isEqualTo(403);
			assertThat(peek.body()).doesNotContain(hidden.headline()).doesNotContain("본문");
		}
		assertThat(api.get("/api/v1/articles/" + own.id(), "Authorization", "Bearer " + token).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/articles/" + published.id(), "Authorization", "Bearer " + token).status())
			.isEqualTo(200);
		assertThat(apiHeadlines(api, token)).contains(own.headline(), published.headline())
			.doesNotContain(othersDraft.headline(), othersSubmitted.headline());

		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		assertThat(session.get("/newsroom/articles?q=" + java.net.URLEncoder.encode("엿보기 시험",
				java.nio.charset.StandardCharsets.UTF_8)).body()).contains(own.headline(), published.headline())
			.doesNotContain(othersDraft.headline(), othersSubmitted.headline());
		assertThat(session.get("/newsroom").body()).doesNotContain(othersSubmitted.headline());
		HttpResponse<String> peek = session.get("/newsroom/articles/" + othersSubmitted.id());
		assertThat(peek.statusCode()).isEqualTo(403);
		assertThat(peek.body()).doesNotContain("데스크만 볼 송고 본문");

		// The desk sees everything, through either door.
		String deskToken = api.token(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(api.get("/api/v1/articles/" + othersDraft.id(), "Authorization", "Bearer " + deskToken).status())
			.isEqualTo(200);
		assertThat(apiHeadlines(api, deskToken)).contains(othersDraft.headline(), othersSubmitted.headline());
		assertThat(session(NewsroomFixtures.DESK).get("/newsroom/articles?q=" + java.net.URLEncoder.encode("엿보기 시험",
				java.nio.charset.StandardCharsets.UTF_8)).body()).contains(othersDraft.headline(),
						othersSubmitted.headline(), own.headline());
	}

	// Every headline the API's list hands this token, page by page.
	private static java.util.List<String> apiHeadlines(WebClient api, String token) {
		java.util.List<String> headlines = new java.util.ArrayList<>();
		for (int page = 1; page < 200; page++) {
			WebClient.Response response = api.get("/api/v1/articles?section=society&page=" + page, "Authorization",
					"Bearer " + token);
			assertThat(response.status()).isEqualTo(200);
			var items = response.json().get("items");
			if (items.isEmpty()) {
				break;
			}
			items.forEach(item -> headlines.add(item.get("headline").asString()));
		}
		return headlines;
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "CSRF 시험", "<p>본문.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		HttpResponse<String> forged = session.form("/newsroom/articles/" + own.id(), Map.of("_csrf", "forged",
				"headline", "위조된 제목", "sectionId", String.valueOf(own.sectionId()), "version", "1"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(session.json("/newsroom/articles/" + own.id() + "/autosave",
				"{\"sectionId\":\"" + own.sectionId() + "\",\"headline\":\"위조\",\"version\":\"1\"}", false)
			.statusCode()).isEqualTo(403);
		assertThat(articles.find(own.id()).orElseThrow().headline()).isEqualTo("CSRF 시험");
	}

	@Test
	void aFormWithBadInputComesBackWithWhatWasTypedAndKoreanMessages() {
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "검증 시험", "<p>본문.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		session.get("/newsroom/articles/" + own.id());
		String longHeadline = "가".repeat(201);
		HttpResponse<String> response = session.form("/newsroom/articles/" + own.id(), Map.of("sectionId",
				String.valueOf(own.sectionId()), "headline", longHeadline, "subheadline", "지켜야 할 부제",
				"bodyHtml", "<p>지워지면 안 되는 본문</p>", "tags", "태그하나, 태그둘", "version",
				String.valueOf(own.version())));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("제목은 200자 이내로 써 주십시오(지금 201자)")
			.contains(longHeadline)
			.contains("지켜야 할 부제")
			.contains("&lt;p&gt;지워지면 안 되는 본문&lt;/p&gt;")
			.contains("태그하나, 태그둘");

		HttpResponse<String> unready = session.form("/newsroom/articles/" + own.id(), Map.of("action", "SUBMIT",
				"sectionId", String.valueOf(own.sectionId()), "headline", "", "bodyHtml", "<p>본문.</p>", "version",
				String.valueOf(own.version())));
		assertThat(unready.statusCode()).isEqualTo(400);
		assertThat(unready.body()).contains("제목을 쓰십시오.");
		assertThat(articles.find(own.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void fiveWrongPasswordsHoldThatAddressBackAndAnAdminResetLiftsIt() {
		long id = NewsroomFixtures.user(people, "nr-locked", "잠금시험", Role.REPORTER);
		NewsroomSession session = new NewsroomSession(port, "192.0.2.55");
		for (int i = 0; i < 5; i++) {
			assertThat(session.login("nr-locked", "wrong-password-" + i)).contains("error");
		}
		assertThat(session.login("nr-locked", NewsroomFixtures.PASSWORD)).contains("error");
		HttpResponse<String> page = session.get("/newsroom/login?error&username=nr-locked");
		assertThat(page.body()).contains("로그인하지 못했습니다").contains("value=\"nr-locked\"");
		// The API's token endpoint checks the same password and honours the same limit.
		assertThat(web().send("POST", "/api/v1/auth/token", null, "Authorization",
				"Basic " + java.util.Base64.getEncoder().encodeToString("nr-locked:newsroom-password-1".getBytes()),
				"X-Forwarded-For", "192.0.2.55")
			.status()).isEqualTo(401);

		NewsroomSession admin = new NewsroomSession(port);
		admin.login("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/users/" + id);
		HttpResponse<String> reset = admin.form("/newsroom/admin/users/" + id + "/password",
				Map.of("password", NewsroomFixtures.PASSWORD));
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(new NewsroomSession(port, "192.0.2.55").login("nr-locked", NewsroomFixtures.PASSWORD))
			.endsWith("/newsroom");
	}

	@Test
	void anAdministratorsPasswordResetEndsEveryTokenAndSessionOfTheAccount() {
		long id = NewsroomFixtures.user(people, "nr-reset-revoke", "초기화시험", Role.REPORTER);
		NewsroomSession laptop = session("nr-reset-revoke");
		String token = web().token("nr-reset-revoke", NewsroomFixtures.PASSWORD);
		assertThat(web().get("/api/v1/sections", "Authorization", "Bearer " + token).status()).isEqualTo(200);

		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/users/" + id);
		assertThat(admin.form("/newsroom/admin/users/" + id + "/password", Map.of("password", "a-new-password-9"))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> afterReset = laptop.get("/newsroom");
		assertThat(afterReset.statusCode()).as("the old session").isEqualTo(302);
		assertThat(afterReset.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");
		assertThat(web().get("/api/v1/sections", "Authorization", "Bearer " + token).status()).as("the old token")
			.isEqualTo(401);
		assertThat(admin.get("/newsroom").statusCode()).as("the administrator's own session").isEqualTo(200);
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthersAndEveryToken() {
		NewsroomFixtures.user(people, "nr-change-revoke", "변경시험", Role.REPORTER);
		NewsroomSession laptop = session("nr-change-revoke");
		NewsroomSession phone = session("nr-change-revoke");
		String token = web().token("nr-change-revoke", NewsroomFixtures.PASSWORD);

		laptop.get("/newsroom/password");
		HttpResponse<String> change = laptop.form("/newsroom/password", Map.of("current", NewsroomFixtures.PASSWORD,
				"password", "a-new-password-9", "confirm", "a-new-password-9"));
		assertThat(change.statusCode()).isEqualTo(302);

		assertThat(laptop.get("/newsroom").statusCode()).as("the session that made the change").isEqualTo(200);
		assertThat(phone.get("/newsroom").statusCode()).as("another session").isEqualTo(302);
		assertThat(web().get("/api/v1/sections", "Authorization", "Bearer " + token).status()).as("the old token")
			.isEqualTo(401);
		assertThat(web().token("nr-change-revoke", "a-new-password-9")).isNotBlank();
	}

	@Test
	void anonymousVisitorsGetNoSessionYetCanLogIn() {
		long before = sessionRows();
		for (int i = 0; i < 10; i++) {
			NewsroomSession visitor = new NewsroomSession(port);
			for (String path : java.util.List.of("/newsroom/login", "/newsroom", "/newsroom/articles/1")) {
				HttpResponse<String> response = visitor.get(path);
				assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by GET %s", path)
					.noneMatch(cookie -> cookie.startsWith("SINMUN_SESSION="));
			}
		}
		assertThat(sessionRows()).as("session rows after 30 anonymous requests").isLessThanOrEqualTo(before);

		NewsroomSession reporterSession = new NewsroomSession(port);
		assertThat(reporterSession.login(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		assertThat(reporterSession.get("/newsroom").statusCode()).isEqualTo(200);
		assertThat(sessionRows()).isGreaterThan(0);
	}

	private long sessionRows() {
		return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}

	@Test
	void sessionsLiveInPostgresqlSoADeployDoesNotLogTheNewsroomOut() {
		session(NewsroomFixtures.DESK);
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :name")
			.param("name", NewsroomFixtures.DESK)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aReporterTokenWritesDraftsButCannotPublishThroughTheApi() {
		WebClient api = web();
		String token = api.token(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		String published = "{\"section\":\"society\",\"headline\":\"API 출고 시도\",\"bodyHtml\":\"<p>본문</p>\",\"status\":\"PUBLISHED\"}";
		WebClient.Response refused = api.send("POST", "/api/v1/articles", published, "Authorization", "Bearer " + token,
				"Content-Type", "application/json");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("출고는 데스크가 합니다");

		WebClient.Response draft = api.send("POST", "/api/v1/articles", published.replace("PUBLISHED", "SUBMITTED"),
				"Authorization", "Bearer " + token, "Content-Type", "application/json");
		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.json().get("status").asString()).isEqualTo("SUBMITTED");

		assertThat(api.send("POST", "/api/v1/search/rebuild", null, "Authorization", "Bearer " + token).status())
			.isEqualTo(403);
		String deskToken = api.token(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(api.send("POST", "/api/v1/articles", published, "Authorization", "Bearer " + deskToken,
				"Content-Type", "application/json").status()).isEqualTo(201);
	}

}
