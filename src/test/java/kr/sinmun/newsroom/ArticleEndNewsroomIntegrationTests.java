package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editor's 관련기사·속보 panel as the desk uses it: pinned 관련기사 come first on the reader's page, ids that
 * cannot be pinned are refused in Korean with the choice kept, and a 속보 mark shows on every reader page at once
 * and leaves every cached page when it is lifted or its time comes.
 */
class ArticleEndNewsroomIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	BreakingNews breaking;

	@Autowired
	ShiftableClock clock;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void removeWhatThisTestMade() {
		clock.reset();
		created.forEach(breaking::unmark);
		created.forEach(id -> articles.delete(id));
		created.clear();
	}

	private ArticleDetail published(String headline, int minutesAgo) {
		ArticleDetail article = NewsroomFixtures.published(articles, sections, NewsroomFixtures.reporter(people),
				"society", headline, clock.instant().minus(Duration.ofMinutes(minutesAgo)));
		created.add(article.id());
		return article;
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	private static String local(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), KoreanDates.SEOUL)
			.toString()
			.substring(0, 16);
	}

	@Test
	void pinnedRelatedArticlesComeFirstAndBadChoicesAreRefusedInKorean() {
		NewsroomFixtures.desk(people);
		ArticleDetail story = published("관련기사 시험: 한빛시 야간 버스 노선 개편", 30);
		ArticleDetail first = published("관련기사 시험: 심야 버스 요금 동결", 60);
		ArticleDetail second = published("관련기사 시험: 버스 기사 휴게시간 보장", 90);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, NewsroomFixtures.reporter(people),
				"관련기사 시험: 아직 출고 전인 초안", "<p>초안 본문입니다.</p>");
		created.add(draft.id());
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		assertThat(desk.get("/newsroom/articles/" + story.id()).body()).contains("관련기사 고정", "role=\"combobox\"");
		String path = "/newsroom/articles/" + story.id() + "/related";

		HttpResponse<String> own = desk.form(path, "related", String.valueOf(first.id()), "related", String.valueOf(story.id()));
		assertThat(own.statusCode()).isEqualTo(400);
		assertThat(own.body()).contains("이 기사 자신은 관련기사로 걸 수 없습니다.")
			// What the desk chose stays in the list.
			.contains("name=\"related\" value=\"" + first.id() + "\"");
		assertThat(desk.form(path, "related", String.valueOf(draft.id())).body())
			.contains("독자에게 보이지 않는 기사(출고 전·예약·출고 취소)라 관련기사로 걸 수 없습니다.");
		assertThat(desk.form(path, "related", "987654321987").body()).contains("987654321987번 기사는 이 신문에 없습니다.");
		HttpResponse<String> foreign = desk.form(path, "add", "https://other-paper.example/news/" + first.id());
		assertThat(foreign.statusCode()).isEqualTo(400);
		assertThat(foreign.body()).contains("다른 신문(other-paper.example)의 기사 주소입니다.");
		assertThat(desk.form(path, "related", "열두번").body()).contains("읽을 수 없습니다");

		HttpResponse<String> candidates = desk.get("/newsroom/articles/" + story.id()
				+ "/related/candidates?q=" + java.net.URLEncoder.encode("https://other-paper.example/news/1",
						java.nio.charset.StandardCharsets.UTF_8), "Accept", "application/json");
		assertThat(candidates.statusCode()).isEqualTo(400);
		assertThat(candidates.body()).contains("다른 신문");
		assertThat(desk.get("/newsroom/articles/" + story.id() + "/related/candidates?q=" + first.id(), "Accept",
				"application/json").body()).contains("심야 버스 요금 동결");

		assertThat(web().get("/news/" + story.id()).status()).isEqualTo(200);
		HttpResponse<String> saved = desk.form(path, "related", String.valueOf(second.id()), "add",
				"http://localhost/news/" + first.id());
		assertThat(saved.statusCode()).isEqualTo(302);
		// The cached page was dropped: the reader sees the pins at once, in the desk's order.
		String page = web().get("/news/" + story.id()).body();
		assertThat(page).containsPattern("id=\"related-title\">관련기사</h2>[\\s\\S]*?버스 기사 휴게시간 보장[\\s\\S]*?심야 버스 요금 동결");
		assertThat(articles.pinnedRelated(story.id())).extracting(summary -> summary.id())
			.containsExactly(second.id(), first.id());
	}

	@Test
	void onlyTheDeskMarksBreakingNewsAndEveryPageShowsItUntilItIsLifted() {
		NewsroomFixtures.desk(people);
		ArticleDetail story = published("속보 시험: 한빛대교 통행 전면 통제", 5);
		String path = "/newsroom/articles/" + story.id() + "/breaking";
		String until = local(clock.instant().plus(Duration.ofHours(1)));
		NewsroomSession reporter = session(NewsroomFixtures.REPORTER);
		// The reporter's editor has no 속보 form, and the request itself is refused.
		assertThat(reporter.get("/newsroom/articles/" + story.id()).body()).doesNotContain("breaking-form");
		HttpResponse<String> refused = reporter.form(path, "until", until);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("속보는 데스크와 관리자만 걸고 내릴 수 있습니다.");

		NewsroomSession desk = session(NewsroomFixtures.DESK);
		assertThat(desk.get("/newsroom/articles/" + story.id()).body()).contains("id=\"breaking-form\"", "속보로 걸기");
		assertThat(web().get("/").body()).doesNotContain("class=\"breaking\"");
		assertThat(desk.form(path, "until", local(clock.instant().minus(Duration.ofHours(1)))).body())
			.contains("속보를 내릴 시각은 지금 이후여야 합니다.");
		HttpResponse<String> tooLong = desk.form(path, "until", local(clock.instant().plus(Duration.ofDays(2))));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("속보는 24시간 안에서만 걸 수 있습니다.");
		assertThat(desk.form(path, "until", "내일 아침").body()).contains("속보를 내릴 시각을");

		assertThat(desk.form(path, "until", until).statusCode()).isEqualTo(302);
		for (String reader : List.of("/", "/section/society", "/news/" + story.id(), "/search?q=한빛")) {
			assertThat(web().get(reader).body()).as(reader)
				.containsPattern("<section class=\"breaking\" aria-label=\"속보\">\\s*<p class=\"wrap\"><strong class=\"breaking-label\">속보</strong> <a href=\"/news/"
						+ story.id() + "\">속보 시험: 한빛대교 통행 전면 통제</a>");
		}
		assertThat(desk.get("/newsroom/articles/" + story.id()).body()).contains("까지 모든 독자 화면 위에 나옵니다.");

		assertThat(desk.form(path, "action", "clear").statusCode()).isEqualTo(302);
		assertThat(web().get("/").body()).doesNotContain("class=\"breaking\"");
	}

	@Test
	void theBarLeavesCachedPagesWhenItsTimeComes() {
		ArticleDetail story = published("속보 시험: 정전 복구 작업 진행 중", 5);
		breaking.mark(story.id(), clock.instant().plus(Duration.ofMinutes(10)), NewsroomFixtures.desk(people));
		assertThat(web().get("/section/society").body()).contains("속보 시험: 정전 복구 작업 진행 중");
		// The page is cached now, with the bar, for the TTL (real time, which the test clock does not move). Only
		// the end's announcement, by the scheduled job on its first look after the time, can drop it.
		assertThat(web().get("/section/society").body()).contains("class=\"breaking\"");
		clock.shift(Duration.ofMinutes(11));
		await("속보 줄이 캐시된 화면에서 빠짐").atMost(Duration.ofSeconds(10))
			.until(() -> !web().get("/section/society").body().contains("class=\"breaking\""));
		assertThat(breaking.current()).isEmpty();
	}

	@Test
	void aReporterGivesThemselvesAPortraitThatTheirArticlesShowAtOnce() throws Exception {
		ArticleDetail story = published("사진 시험: 기자 소개 사진이 바로 바뀌는지", 5);
		assertThat(web().get("/news/" + story.id()).body()).contains("class=\"reporter-card\"");
		NewsroomSession reporter = session(NewsroomFixtures.REPORTER);
		assertThat(reporter.get("/newsroom/password").body()).contains("내 사진");
		HttpResponse<String> bad = reporter.upload("/newsroom/account/photo", "me.jpg",
				"사진이 아닙니다".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("이미지 파일이 아닙니다");
		HttpResponse<String> saved = reporter.upload("/newsroom/account/photo", "me.png",
				java.nio.file.Files.readAllBytes(NewsroomFixtures.photo()));
		assertThat(saved.statusCode()).isEqualTo(302);
		// The cached article page was dropped with the reporter's key.
		assertThat(web().get("/news/" + story.id()).body())
			.containsPattern("<img class=\"reporter-card-photo\" src=\"/media/[^\"]+-320\\.jpg\" alt=\"\" width=\"320\" height=\"180\"");
	}

	@Test
	void unpublishingABreakingArticleTakesTheBarDown() {
		ArticleDetail story = published("속보 시험: 출고 취소되는 속보", 5);
		long desk = NewsroomFixtures.desk(people);
		breaking.mark(story.id(), clock.instant().plus(Duration.ofMinutes(30)), desk);
		assertThat(web().get("/").body()).contains("속보 시험: 출고 취소되는 속보");
		articles.move(story.id(), kr.sinmun.article.ArticleStatus.DRAFT, null, false, desk);
		assertThat(web().get("/").body()).doesNotContain("class=\"breaking\"");
	}

}
