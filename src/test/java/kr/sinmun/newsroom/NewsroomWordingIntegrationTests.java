package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What the newsroom says, as a Korean desk would say it, and where the login leads. */
class NewsroomWordingIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Test
	void afterTheLoginTheAddressIsThePageThatWasAskedFor() {
		NewsroomFixtures.desk(people);
		NewsroomSession session = new NewsroomSession(port);
		HttpResponse<String> anonymous = session.get("/newsroom");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		String landed = session.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(landed).endsWith("/newsroom").doesNotContain("continue");
		HttpResponse<String> home = session.get(landed.replaceAll("^https?://[^/]+", ""));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<h1>데스크</h1>");
	}

	@Test
	void listsAndMessagesReadAsADeskWouldWriteThem() {
		long reporter = NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "말투 시험 기사", "<p>본문</p>");
		NewsroomSession writer = new NewsroomSession(port);
		writer.login(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		String editor = writer.get("/newsroom/articles/" + draft.id()).body();
		HttpResponse<String> sent = writer.form("/newsroom/articles/" + draft.id(),
				Map.of("action", "SUBMIT", "sectionId", String.valueOf(draft.sectionId()), "reporterId",
						String.valueOf(reporter), "headline", draft.headline(), "bodyHtml", draft.bodyHtml(), "version",
						String.valueOf(draft.version())));
		assertThat(sent.statusCode()).as(editor.length() + " " + sent.body()).isEqualTo(302);
		String page = writer.get(sent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")).body();
		assertThat(page).contains("송고했습니다.").doesNotContain("처리했습니다");
		assertThat(articles.find(draft.id()).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);

		NewsroomSession desk = new NewsroomSession(port);
		desk.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		String list = desk.get("/newsroom/articles").body();
		assertThat(list).containsPattern("<caption>찾은 기사 \\d+건 중 1~30번째</caption>").doesNotContain("쪽 (");
		assertThat(desk.get("/newsroom/articles?q=" + java.net.URLEncoder.encode("말투 시험", java.nio.charset.StandardCharsets.UTF_8))
			.body()).contains("<caption>찾은 기사 1건</caption>");
		assertThat(list).contains("<option value=\"UNPUBLISHED\">출고 취소</option>");
		String published = desk.get("/newsroom/articles/" + NewsroomFixtures
			.published(articles, sections, reporter, "society", "출고 취소 이름 시험", java.time.Instant.now().minusSeconds(60))
			.id()).body();
		assertThat(published).contains(">출고 취소</button>").doesNotContain("출고 취소(삭제)");
	}

}
