package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text pasted from elsewhere (NUL, U+FFFF, control characters), a password past bcrypt's 72 bytes, a publication
 * time no feed can express: every newsroom form answers 400 naming the field, never a 500, and the editor keeps
 * what was typed.
 */
class NewsroomBadInputIntegrationTests extends IntegrationTest {

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

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	@Test
	void theEditorShowsTheFormAgainWithTheTypedTextAndNamesTheFieldHoldingAForbiddenCharacter() {
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "붙여넣기 시험", "<p>본문.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		session.get("/newsroom/articles/" + own.id());
		for (String[] bad : new String[][] { { "headline", "검사\uFFFF결과 발표", "제목에 쓸 수 없는 문자(U+FFFF)" },
				{ "headline", "속보\u0000", "제목에 쓸 수 없는 문자(U+0000)" },
				{ "subheadline", "부제\u000B둘째 줄", "부제에 쓸 수 없는 문자(U+000B)" },
				{ "bodyHtml", "<p>본문\uFFFE</p>", "본문에 쓸 수 없는 문자(U+FFFE)" },
				{ "tags", "정상, 태그\u0001", "태그에 쓸 수 없는 문자(U+0001)" } }) {
			Map<String, String> form = new java.util.HashMap<>(Map.of("sectionId", String.valueOf(own.sectionId()),
					"headline", "지켜야 할 제목", "subheadline", "지켜야 할 부제", "bodyHtml", "<p>지켜야 할 본문</p>", "version",
					String.valueOf(own.version())));
			form.put(bad[0], bad[1]);
			HttpResponse<String> response = session.form("/newsroom/articles/" + own.id(), form);
			assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
			assertThat(response.body()).as(bad[0]).contains(bad[2]).contains("지켜야 할 부제".equals(form.get("subheadline"))
					? "지켜야 할 부제" : "둘째 줄");
		}
		assertThat(articles.find(own.id()).orElseThrow().headline()).isEqualTo("붙여넣기 시험");
	}

	@Test
	void autosaveRefusesAForbiddenCharacterNamingTheField() {
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "자동 저장 시험", "<p>본문.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		session.get("/newsroom/articles/" + own.id());
		HttpResponse<String> response = session.json("/newsroom/articles/" + own.id() + "/autosave",
				"{\"sectionId\":\"" + own.sectionId() + "\",\"headline\":\"속보\\u0000\",\"bodyHtml\":\"<p>x</p>\",\"version\":\""
						+ own.version() + "\"}",
				true);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("headline", "U+0000");
		assertThat(articles.find(own.id()).orElseThrow().headline()).isEqualTo("자동 저장 시험");
	}

	@Test
	void otherFormsAndSearchesRefuseNulNamingTheField() {
		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/settings");
		HttpResponse<String> settings = admin.form("/newsroom/admin/settings", Map.of("name", "신문\uFFFF일보"));
		assertThat(settings.statusCode()).isEqualTo(400);
		assertThat(settings.body()).contains("'name'", "U+FFFF");

		HttpResponse<String> search = admin.get("/newsroom/articles?q=%00");
		assertThat(search.statusCode()).isEqualTo(400);
		assertThat(search.body()).contains("'q'", "U+0000");

		ArticleDetail published = NewsroomFixtures.published(articles, sections, reporter, "society", "정정 시험 기사",
				null);
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		desk.get("/newsroom/articles/" + published.id());
		HttpResponse<String> correction = desk.form("/newsroom/articles/" + published.id() + "/corrections",
				Map.of("kind", "CORRECTION", "body", "바로잡습니다\u0000"));
		assertThat(correction.statusCode()).isEqualTo(400);
		assertThat(correction.body()).contains("'body'", "U+0000");
		assertThat(articles.find(published.id()).orElseThrow().corrections()).isEmpty();
	}

	@Test
	void aFormOpenedBeforeALogoutAndANewLoginIsRefusedSayingSoNotAsAMissingPermission() {
		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/settings");
		// The token of the page as it was opened in another window before the person signed in again.
		HttpResponse<String> stale = admin.form("/newsroom/admin/settings",
				Map.of("_csrf", "a-token-of-an-earlier-session", "name", "다른 이름"));
		assertThat(stale.statusCode()).isEqualTo(403);
		assertThat(stale.body()).contains("로그인이 바뀌어", "뒤로 가기").doesNotContain("권한이 없습니다");
		assertThat(admin.get("/newsroom/admin/settings").body()).doesNotContain("다른 이름");
	}

	@Test
	void settingsRefuseAnEmailOrTelephoneAReaderCouldNotUseAndKeepWhatWasTyped() {
		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/settings");
		HttpResponse<String> refused = admin.form("/newsroom/admin/settings",
				Map.of("name", "신문일보", "email", "제보는 여기로", "phone", "<b>전화</b>"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("이메일은 desk@example.co.kr처럼", "전화는 02-123-4567처럼", "value=\"제보는 여기로\"",
				"value=\"&lt;b>전화&lt;/b>\"");
		assertThat(admin.get("/newsroom/admin/settings").body()).doesNotContain("제보는 여기로");
	}

	@Test
	void aScheduleOutsideTheYearsFeedsCanExpressIsRefused() {
		ArticleDetail own = NewsroomFixtures.draft(articles, sections, reporter, "먼 미래 예약", "<p>본문.</p>");
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		desk.get("/newsroom/articles/" + own.id());
		for (String time : new String[] { "+10000-01-01T09:00", "10000-01-01T09:00", "+99999-12-31T09:00" }) {
			HttpResponse<String> response = desk.form("/newsroom/articles/" + own.id(),
					Map.of("action", "SCHEDULE", "publishAt", time, "sectionId", String.valueOf(own.sectionId()),
							"headline", "먼 미래 예약", "bodyHtml", "<p>본문.</p>", "version", String.valueOf(own.version())));
			assertThat(response.statusCode()).as(time).isEqualTo(400);
			assertThat(response.body()).as(time).contains("출고 시각");
		}
		assertThat(articles.find(own.id()).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void aPasswordOverSeventyTwoBytesIsRefusedOnEveryFormThatSetsOne() {
		String tooLong = "비밀번호".repeat(7);
		assertThat(tooLong.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isEqualTo(84);
		NewsroomFixtures.user(people, "nr-longpass", "긴비번", kr.sinmun.people.Role.REPORTER);
		NewsroomSession own = session("nr-longpass", NewsroomFixtures.PASSWORD);
		own.get("/newsroom/password");
		HttpResponse<String> change = own.form("/newsroom/password",
				Map.of("current", NewsroomFixtures.PASSWORD, "password", tooLong, "confirm", tooLong));
		assertThat(change.statusCode()).isEqualTo(400);
		assertThat(change.body()).contains("72바이트");
		session("nr-longpass", NewsroomFixtures.PASSWORD);

		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		long id = people.userId("nr-longpass").orElseThrow();
		admin.get("/newsroom/admin/users/" + id);
		HttpResponse<String> reset = admin.form("/newsroom/admin/users/" + id + "/password", Map.of("password", tooLong));
		assertThat(reset.statusCode()).isEqualTo(400);
		assertThat(reset.body()).contains("72바이트");

		admin.get("/newsroom/admin/users/new");
		HttpResponse<String> created = admin.form("/newsroom/admin/users/new", Map.of("username", "nr-toolong",
				"displayName", "긴비번둘", "role", "REPORTER", "password", "a".repeat(73)));
		assertThat(created.statusCode()).isEqualTo(400);
		assertThat(created.body()).contains("72바이트");
		assertThat(people.exists("nr-toolong")).isFalse();
	}

}
