package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleListing;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desk notes and 반려 through the newsroom's forms: who may write, what a note may hold, the 반려 mark until the
 * article is sent again, and the reporter's count of what waits for them. The reporters here are this class's
 * own, so other tests' articles do not change their counts.
 */
class DeskNotesIntegrationTests extends IntegrationTest {

	private static final String WRITER = "notes-writer";

	private static final String OUTSIDER = "notes-outsider";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	JdbcClient jdbc;

	private long writer;

	@BeforeEach
	void people() {
		writer = NewsroomFixtures.user(people, WRITER, "노트필", Role.REPORTER);
		NewsroomFixtures.user(people, OUTSIDER, "바깥기", Role.REPORTER);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	private ArticleDetail submitted(String headline) {
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, writer, headline, "<p>" + headline + " 본문.</p>");
		return articles.move(draft.id(), ArticleStatus.SUBMITTED, null, false, writer);
	}

	private String waitingSection(NewsroomSession session) {
		HttpResponse<String> response = session.get("/newsroom");
		assertThat(response.statusCode()).isEqualTo(200);
		String home = response.body();
		int start = home.indexOf("id=\"q-waiting\"");
		return start < 0 ? "" : home.substring(start, home.indexOf("</section>", start));
	}

	@Test
	void theDeskReturnsWithANoteAndTheArticleIsMarkedUntilItIsSentAgain() {
		ArticleDetail article = submitted("반려 시험: 구청 예산 기사");
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		String editor = desk.get("/newsroom/articles/" + article.id()).body();
		assertThat(editor).contains("action=\"/newsroom/articles/" + article.id() + "/notes\"")
			.contains("formaction=\"/newsroom/articles/" + article.id() + "/return\"");

		HttpResponse<String> empty = desk.form("/newsroom/articles/" + article.id() + "/return", Map.of("note", "  "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.");
		assertThat(articles.find(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);

		String note = "<script>alert(1)</script> 예산 숫자의 출처를 밝히고\n둘째 문단을 줄이십시오.";
		HttpResponse<String> returned = desk.form("/newsroom/articles/" + article.id() + "/return", Map.of("note", note));
		assertThat(returned.statusCode()).isEqualTo(302);
		ArticleDetail after = articles.find(article.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(after.returned()).isTrue();
		assertThat(articles.notes(article.id())).singleElement().satisfies(stored -> {
			assertThat(stored.body()).isEqualTo(note.strip());
			assertThat(stored.authorId()).isEqualTo(NewsroomFixtures.desk(people));
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = '기사 반려' AND target LIKE :target")
			.param("target", "기사 " + article.id() + " %")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(NewsroomAdminPages.auditLog(port, ADMIN_PASSWORD)).contains("기사 반려")
			.contains("<th scope=\"col\">처리자</th>");

		NewsroomSession reporter = session(WRITER);
		assertThat(waitingSection(reporter)).contains("반려 시험: 구청 예산 기사").contains("<strong class=\"nr-mark\">반려</strong>");
		String home = reporter.get("/newsroom").body();
		assertThat(home).contains("<h1>내 기사</h1>").contains("새 메모가 있는 기사 <strong>");
		String page = reporter.get("/newsroom/articles/" + article.id()).body();
		assertThat(page).contains("상태: 반려 (작성중)").contains("데스크가 이 기사를 돌려보냈습니다")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; 예산 숫자의 출처를 밝히고")
			.doesNotContain("<script>alert(1)");
		// Read, but still sent back: it waits for the reporter until it is sent again.
		assertThat(waitingSection(reporter)).contains("반려 시험: 구청 예산 기사");

		articles.move(article.id(), ArticleStatus.SUBMITTED, null, false, writer);
		assertThat(articles.find(article.id()).orElseThrow().returned()).isFalse();
		assertThat(waitingSection(reporter)).doesNotContain("반려 시험: 구청 예산 기사");
		assertThat(articles.listing(kr.sinmun.article.ArticleFilter.any().withStatus(ArticleStatus.SUBMITTED),
				kr.sinmun.article.ArticleViewer.of(writer, Role.REPORTER), 1, 100).items())
			.filteredOn(listing -> listing.id() == article.id())
			.singleElement()
			.extracting(ArticleListing::returned)
			.isEqualTo(false);
	}

	@Test
	void theWritersAndTheDeskWriteNotesAnotherReporterGets403() {
		ArticleDetail article = submitted("메모 권한 시험 기사");
		NewsroomSession reporter = session(WRITER);
		reporter.get("/newsroom/articles/" + article.id());
		assertThat(reporter.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "사진 설명을 보탰습니다."))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> blank = reporter.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "\n "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("메모 내용을 쓰십시오.");
		String long2001 = "가".repeat(2001);
		HttpResponse<String> tooLong = reporter.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", long2001));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("메모는 2000자 이내로 쓰십시오(지금 2001자).").contains(long2001);
		HttpResponse<String> forbidden = reporter.form("/newsroom/articles/" + article.id() + "/notes",
				Map.of("note", "잘못된\u0000문자"));
		assertThat(forbidden.statusCode()).isEqualTo(400);
		// A reporter cannot send back, even their own article.
		assertThat(reporter.form("/newsroom/articles/" + article.id() + "/return", Map.of("note", "스스로 반려"))
			.statusCode()).isEqualTo(403);

		NewsroomSession outsider = session(OUTSIDER);
		outsider.get("/newsroom");
		assertThat(outsider.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "남의 기사에 메모"))
			.statusCode()).isEqualTo(403);
		// Even on a published article every reporter may read, the thread is the writers' and the desk's.
		ArticleDetail published = NewsroomFixtures.published(articles, sections, writer, "society", "출고된 메모 시험 기사",
				java.time.Instant.now().minus(Duration.ofHours(1)));
		assertThat(outsider.get("/newsroom/articles/" + published.id()).body()).doesNotContain("메모 남기기");
		assertThat(outsider.form("/newsroom/articles/" + published.id() + "/notes", Map.of("note", "남의 기사에 메모"))
			.statusCode()).isEqualTo(403);
		assertThat(outsider.form("/newsroom/articles/987654321/notes", Map.of("note", "없는 기사")).statusCode())
			.isEqualTo(404);

		NewsroomSession desk = session(NewsroomFixtures.DESK);
		desk.get("/newsroom/articles/" + article.id());
		assertThat(desk.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "좋습니다. 제목만 줄이십시오."))
			.statusCode()).isEqualTo(302);
		assertThat(articles.notes(article.id())).extracting(note -> note.body())
			.containsExactly("사진 설명을 보탰습니다.", "좋습니다. 제목만 줄이십시오.");
		// 반려 is for sent or held articles: a draft cannot be sent back.
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, writer, "반려할 수 없는 초안", "<p>초안</p>");
		HttpResponse<String> notSent = desk.form("/newsroom/articles/" + draft.id() + "/return", Map.of("note", "반려"));
		assertThat(notSent.statusCode()).isEqualTo(409);
		assertThat(notSent.body()).contains("에서는 반려할 수 없습니다");
		// The editor's own form refuses a 반려 without its note too.
		ArticleDetail current = articles.find(article.id()).orElseThrow();
		HttpResponse<String> viaForm = desk.form("/newsroom/articles/" + article.id(),
				Map.of("action", "RETURN", "sectionId", String.valueOf(current.sectionId()), "reporterId",
						String.valueOf(writer), "headline", current.headline(), "bodyHtml", current.bodyHtml(), "version",
						String.valueOf(current.version())));
		assertThat(viaForm.statusCode()).isEqualTo(400);
		assertThat(viaForm.body()).contains("반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.");
		assertThat(articles.find(article.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);
	}

	@Test
	void aNewNoteFromTheDeskIsCountedUntilTheReporterOpensTheArticle() {
		ArticleDetail article = submitted("새 메모 세기 시험 기사");
		NewsroomSession reporter = session(WRITER);
		assertThat(waitingSection(reporter)).doesNotContain("새 메모 세기 시험 기사");
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		desk.get("/newsroom/articles/" + article.id());
		desk.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "표의 단위를 확인해 주십시오."));
		assertThat(waitingSection(reporter)).contains("새 메모 세기 시험 기사");
		assertThat(articles.needingAttention(writer, 100).items()).extracting(ArticleListing::id).contains(article.id());

		assertThat(reporter.get("/newsroom/articles/" + article.id()).body()).contains("표의 단위를 확인해 주십시오.");
		assertThat(waitingSection(reporter)).doesNotContain("새 메모 세기 시험 기사");
		// The reporter's own answer is not news to them.
		reporter.form("/newsroom/articles/" + article.id() + "/notes", Map.of("note", "확인했습니다."));
		assertThat(waitingSection(reporter)).doesNotContain("새 메모 세기 시험 기사");
	}

}
