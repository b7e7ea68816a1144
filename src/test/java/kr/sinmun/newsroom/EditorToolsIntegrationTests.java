package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's tools: 미리보기 (the reader's template with the unsaved text, cleaned, stored nowhere, not indexed,
 * under the editor's permissions), the reporter's default section and the co-author picker.
 */
class EditorToolsIntegrationTests extends IntegrationTest {

	private static final String WRITER = "tools-writer";

	private static final String OTHER = "tools-other";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	private long writer;

	@BeforeEach
	void people() {
		writer = NewsroomFixtures.user(people, WRITER, "도구기", Role.REPORTER);
		NewsroomFixtures.user(people, OTHER, "옆기자", Role.REPORTER);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	private Map<String, String> form(String headline, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("sectionId", String.valueOf(sections.bySlug("society").orElseThrow().id()));
		form.put("reporterId", String.valueOf(writer));
		form.put("headline", headline);
		form.put("subheadline", "부제 첫 줄\n부제 둘째 줄");
		form.put("bodyHtml", body);
		form.put("version", "0");
		return form;
	}

	@Test
	void previewShowsTheUnsavedTextThroughTheReaderTemplateCleanedAndStoredNowhere() {
		NewsroomSession reporter = session(WRITER, NewsroomFixtures.PASSWORD);
		reporter.get("/newsroom/articles/new");
		long before = articles.count();
		HttpResponse<String> preview = reporter.form("/newsroom/articles/preview", form("미리 보는 구청 주차장 개방",
				"<p>주말마다 구청 주차장을 연다.</p><script>alert(1)</script><p onclick=\"x()\">둘째 문단</p>"));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(preview.headers().firstValue("X-Robots-Tag").orElseThrow()).isEqualTo("noindex, nofollow");
		String page = preview.body();
		assertThat(page).contains("<h1>미리보기 ").contains("휴대전화 (360px)").contains("PC (1280px)")
			.contains("sandbox=\"allow-same-origin\"");
		// The frame holds the reader's article page, escaped into srcdoc: the headline, the deck, the byline.
		assertThat(page).contains("class=&quot;headline&quot;&gt;미리 보는 구청 주차장 개방")
			.contains("부제 둘째 줄").contains("도구기 기자").contains("주말마다 구청 주차장을 연다.")
			.contains("name=&quot;robots&quot; content=&quot;noindex, nofollow&quot;");
		// Cleaned as a save cleans it: no script, no handler.
		assertThat(page).doesNotContain("alert(1)").doesNotContain("onclick");
		assertThat(articles.count()).isEqualTo(before);
		assertThat(HtmlChecker.errors(page)).as("Nu HTML checker on the preview").isEmpty();

		// What a save would refuse is said, with nothing shown.
		HttpResponse<String> refused = reporter.form("/newsroom/articles/preview", form("가".repeat(201), "<p>본문</p>"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("미리 볼 수 없습니다").contains("제목은 200자 이내로").doesNotContain("<iframe");
	}

	@Test
	void anotherReportersDraftCannotBePreviewedAndTheDeskPreviewsWhatItTyped() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, writer, "남이 보면 안 되는 초안", "<p>초안 본문</p>");
		try {
			NewsroomSession other = session(OTHER, NewsroomFixtures.PASSWORD);
			other.get("/newsroom");
			Map<String, String> fields = form("남의 초안을 미리 보기", "<p>가로챈 본문</p>");
			assertThat(other.form("/newsroom/articles/" + draft.id() + "/preview", fields).statusCode()).isEqualTo(403);
			assertThat(other.get("/newsroom/articles/" + draft.id() + "/preview").statusCode()).isEqualTo(403);
			assertThat(other.get("/newsroom/articles/987654321/preview").statusCode()).isEqualTo(404);

			NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
			desk.get("/newsroom/articles/" + draft.id());
			HttpResponse<String> typed = desk.form("/newsroom/articles/" + draft.id() + "/preview",
					form("데스크가 고친 제목", "<p>데스크가 고친 본문</p>"));
			assertThat(typed.statusCode()).isEqualTo(200);
			assertThat(typed.body()).contains("데스크가 고친 본문");
			assertThat(articles.find(draft.id()).orElseThrow().headline()).isEqualTo("남이 보면 안 되는 초안");
			assertThat(desk.get("/newsroom/articles/" + draft.id() + "/preview").body()).contains("초안 본문");
		}
		finally {
			articles.delete(draft.id());
		}
	}

	@Test
	void aNewArticleStartsInTheChosenSectionElseInTheOneWrittenInMost() {
		int economy = sections.bySlug("economy").orElseThrow().id();
		ArticleDetail first = NewsroomFixtures.draft(articles, sections, writer, "섹션 추측용 초안", "<p>본문</p>");
		try {
			NewsroomSession reporter = session(WRITER, NewsroomFixtures.PASSWORD);
			people.setDefaultSection(writer, null);
			// Without a choice: the section written in most (the fixture writes in 사회).
			int society = first.sectionId();
			assertThat(reporter.get("/newsroom/articles/new").body())
				.containsPattern("<option value=\"" + society + "\" selected>");
			String account = reporter.get("/newsroom/password").body();
			assertThat(account).contains("<h1>내 계정</h1>").contains("새 기사의 기본 섹션").contains("지금은 '사회'입니다.");

			HttpResponse<String> bad = reporter.form("/newsroom/account/section", Map.of("section", "98765"));
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body()).contains("목록에 있는 섹션을 고르십시오.");
			HttpResponse<String> chosen = reporter.form("/newsroom/account/section", Map.of("section", String.valueOf(economy)));
			assertThat(chosen.statusCode()).isEqualTo(302);
			assertThat(reporter.get("/newsroom/password?done=section").body()).contains("기본 섹션을 저장했습니다.")
				.containsPattern("<option value=\"" + economy + "\" selected>");
			assertThat(reporter.get("/newsroom/articles/new").body())
				.containsPattern("<option value=\"" + economy + "\" selected>");
			assertThat(people.defaultSection(writer)).contains(economy);

			// Emptied, it goes back to the guess.
			reporter.form("/newsroom/account/section", Map.of("section", ""));
			assertThat(people.defaultSection(writer)).isEmpty();
		}
		finally {
			people.setDefaultSection(writer, null);
			articles.delete(first.id());
		}
	}

	@Test
	void coAuthorsAreCheckBoxesOfReportersAndDeskWithoutOneselfOrAdministrators() {
		long other = people.userId(OTHER).orElseThrow();
		NewsroomSession reporter = session(WRITER, NewsroomFixtures.PASSWORD);
		String editor = reporter.get("/newsroom/articles/new").body();
		assertThat(editor).contains("<legend>함께 쓴 기자")
			.contains("type=\"checkbox\" name=\"coReporters\" value=\"" + other + "\"")
			.contains("오데스크 (데스크)")
			.doesNotContain("name=\"coReporters\" value=\"" + writer + "\"")
			.doesNotContain("(관리자)")
			.doesNotContain("Ctrl 또는");

		long admin = people.userId("admin").orElseThrow();
		Map<String, String> withAdmin = form("관리자를 함께 쓴 기자로", "<p>본문</p>");
		withAdmin.put("coReporters", String.valueOf(admin));
		long before = articles.count();
		HttpResponse<String> refused = reporter.form("/newsroom/articles", withAdmin);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("함께 쓴 기자는 기자와 데스크 가운데");
		assertThat(articles.count()).isEqualTo(before);

		Map<String, String> withOther = form("옆기자와 함께 쓴 기사", "<p>본문</p>");
		withOther.put("coReporters", String.valueOf(other));
		HttpResponse<String> saved = reporter.form("/newsroom/articles", withOther);
		assertThat(saved.statusCode()).isEqualTo(302);
		long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
		try {
			assertThat(articles.find(id).orElseThrow().coReporterIds()).containsExactly(other);
			assertThat(reporter.get("/newsroom/articles/" + id).body())
				.contains("name=\"coReporters\" value=\"" + other + "\" checked");
		}
		finally {
			articles.delete(id);
		}
	}

}
