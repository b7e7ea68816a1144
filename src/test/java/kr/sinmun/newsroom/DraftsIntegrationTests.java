package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFilter;
import kr.sinmun.article.ArticleStateException;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drafts: 새 기사 쓰기 stores nothing until the first save; reporters delete their own drafts, which disappear
 * everywhere and which an administrator can bring back for 30 days; what was sent or published is not deleted so.
 */
class DraftsIntegrationTests extends IntegrationTest {

	private static final String WRITER = "drafts-writer";

	private static final String OTHER = "drafts-other";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	ShiftableClock clock;

	@Autowired
	JdbcClient jdbc;

	private long writer;

	@BeforeEach
	void people() {
		writer = NewsroomFixtures.user(people, WRITER, "초안기", Role.REPORTER);
		NewsroomFixtures.user(people, OTHER, "남기자", Role.REPORTER);
		NewsroomFixtures.desk(people);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	private Map<String, String> form(String headline) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("sectionId", String.valueOf(sections.bySlug("society").orElseThrow().id()));
		form.put("reporterId", String.valueOf(writer));
		form.put("headline", headline);
		form.put("bodyHtml", "<p>" + headline + " 본문입니다.</p>");
		form.put("version", "0");
		return form;
	}

	private static long idFrom(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
	}

	@Test
	void openingTheEditorStoresNothingAndTheFirstSaveCreatesTheDraft() {
		NewsroomSession reporter = session(WRITER, NewsroomFixtures.PASSWORD);
		long before = articles.count();
		HttpResponse<String> blank = reporter.get("/newsroom/articles/new");
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("<h1>새 기사 ").contains("action=\"/newsroom/articles\"")
			.contains("data-article=\"\"").doesNotContain("(제목 없음)").doesNotContain("초안 지우기");
		assertThat(articles.count()).isEqualTo(before);

		Map<String, String> tooLong = form("가".repeat(201));
		HttpResponse<String> refused = reporter.form("/newsroom/articles", tooLong);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("제목은 200자 이내로").contains("가".repeat(201));
		assertThat(articles.count()).isEqualTo(before);

		HttpResponse<String> saved = reporter.form("/newsroom/articles", form("첫 저장에 생기는 초안"));
		assertThat(saved.statusCode()).isEqualTo(302);
		ArticleDetail created = articles.find(idFrom(saved)).orElseThrow();
		assertThat(created.headline()).isEqualTo("첫 저장에 생기는 초안");
		assertThat(created.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(created.reporterId()).isEqualTo(writer);

		Map<String, String> send = form("저장과 함께 송고한 새 기사");
		send.put("action", "SUBMIT");
		HttpResponse<String> sent = reporter.form("/newsroom/articles", send);
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(articles.find(idFrom(sent)).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);

		// A reporter cannot slip a new article under someone else's byline.
		Map<String, String> asOther = form("남의 이름으로 쓴 새 기사");
		asOther.put("reporterId", String.valueOf(NewsroomFixtures.user(people, OTHER, "남기자", Role.REPORTER)));
		assertThat(articles.find(idFrom(reporter.form("/newsroom/articles", asOther))).orElseThrow().reporterId())
			.isEqualTo(writer);

		// The first autosave creates it; a repeat of that first save from the same window (its answer was lost)
		// saves into the same draft instead of making a second one.
		String first = "{\"sectionId\":\"" + form("").get("sectionId") + "\",\"reporterId\":\"" + writer
				+ "\",\"headline\":\"자동 저장으로 생긴 초안\",\"bodyHtml\":\"<p>본문</p>\",\"version\":\"0\","
				+ "\"copy\":\"window-0123456789abcdef\"}";
		HttpResponse<String> autosaved = reporter.json("/newsroom/articles/autosave", first, true);
		assertThat(autosaved.statusCode()).isEqualTo(200);
		long autosavedId = Long.parseLong(autosaved.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		HttpResponse<String> again = reporter.json("/newsroom/articles/autosave",
				first.replace("자동 저장으로 생긴 초안", "자동 저장으로 생긴 초안 고침"), true);
		assertThat(again.body()).contains("\"id\":" + autosavedId);
		assertThat(articles.find(autosavedId).orElseThrow().headline()).isEqualTo("자동 저장으로 생긴 초안 고침");
		HttpResponse<String> bad = reporter.json("/newsroom/articles/autosave", first.replace("\"sectionId\":\"", "\"sectionId\":\"x"), true);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("섹션을 고르십시오.");
	}

	@Test
	void reportersDeleteTheirOwnDraftsAndAnAdministratorRestoresThemFor30Days() {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, writer, "지울 초안 시험 기사", "<p>초안</p>");
		NewsroomSession other = session(OTHER, NewsroomFixtures.PASSWORD);
		other.get("/newsroom");
		assertThat(other.form("/newsroom/articles/" + draft.id() + "/delete", Map.of()).statusCode()).isEqualTo(403);
		assertThat(other.form("/newsroom/articles/987654321/delete", Map.of()).statusCode()).isEqualTo(404);

		NewsroomSession reporter = session(WRITER, NewsroomFixtures.PASSWORD);
		assertThat(reporter.get("/newsroom/articles/" + draft.id()).body()).contains("초안 지우기")
			.contains("action=\"/newsroom/articles/" + draft.id() + "/delete\"");
		HttpResponse<String> deleted = reporter.form("/newsroom/articles/" + draft.id() + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom?done=discarded");
		assertThat(reporter.get("/newsroom?done=discarded").body()).contains("초안을 지웠습니다.")
			.doesNotContain("지울 초안 시험 기사");
		assertThat(reporter.get("/newsroom/articles/" + draft.id()).statusCode()).isEqualTo(404);
		assertThat(reporter.get("/newsroom/articles?q=" + java.net.URLEncoder.encode("지울 초안 시험", java.nio.charset.StandardCharsets.UTF_8)).body())
			.doesNotContain("지울 초안 시험 기사");
		assertThat(articles.find(draft.id())).isEmpty();
		assertThat(articles.listing(ArticleFilter.any(), ArticleViewer.of(writer, Role.REPORTER), 1, 500).items())
			.noneMatch(listing -> listing.id() == draft.id());
		assertThat(articles.all(null, ArticleViewer.of(1, Role.ADMIN), 1, 1000).items())
			.noneMatch(article -> article.id() == draft.id());

		// What was sent is not deleted this way: 409 with what to do instead.
		ArticleDetail sent = articles.move(
				NewsroomFixtures.draft(articles, sections, writer, "송고한 뒤 지우려는 기사", "<p>본문</p>").id(),
				ArticleStatus.SUBMITTED, null, false, writer);
		reporter.get("/newsroom");
		HttpResponse<String> refused = reporter.form("/newsroom/articles/" + sent.id() + "/delete", Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("송고한 기사는 지울 수 없습니다. 지우려면 먼저 송고를 취소하십시오.");

		// The desk is not an administrator: the restore screen is not theirs.
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(desk.get("/newsroom/admin/drafts").statusCode()).isEqualTo(403);

		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		String screen = admin.get("/newsroom/admin/drafts").body();
		assertThat(screen).contains("지울 초안 시험 기사").contains("초안기");
		assertThat(admin.form("/newsroom/admin/drafts/" + sent.id() + "/restore", Map.of()).statusCode()).isEqualTo(409);
		HttpResponse<String> restored = admin.form("/newsroom/admin/drafts/" + draft.id() + "/restore", Map.of());
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(articles.find(draft.id()).orElseThrow().headline()).isEqualTo("지울 초안 시험 기사");
		assertThat(reporter.get("/newsroom").body()).contains("지울 초안 시험 기사");
		assertThat(NewsroomAdminPages.auditLog(port, ADMIN_PASSWORD)).contains("지운 초안 복원");

		// After 30 days a deleted draft can no longer come back.
		reporter.get("/newsroom/articles/" + draft.id());
		assertThat(reporter.form("/newsroom/articles/" + draft.id() + "/delete", Map.of()).statusCode()).isEqualTo(302);
		clock.shift(Duration.ofDays(30).plusMinutes(1));
		assertThat(articles.discarded(500)).noneMatch(discarded -> discarded.id() == draft.id());
		assertThatThrownBy(() -> articles.restore(draft.id())).isInstanceOf(ArticleStateException.class);
	}

}
