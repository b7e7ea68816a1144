package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Slot;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;
import kr.sinmun.weather.WeatherStation;
import kr.sinmun.weather.WeatherTicker;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The desk's and administrators' tools: home page arrangement and its record, corrections, weather stations. */
class NewsroomDeskIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	FrontPage frontPage;

	@Autowired
	WeatherTicker weather;

	@Autowired
	Clock clock;

	@Autowired
	kr.sinmun.staticpage.StaticPages staticPages;

	@Autowired
	kr.sinmun.settings.SiteSettings settings;

	private long desk;

	@BeforeEach
	void people() {
		NewsroomFixtures.reporter(people);
		desk = NewsroomFixtures.desk(people);
	}

	@AfterEach
	void emptyTheHomePage() {
		for (Slot slot : Slot.values()) {
			frontPage.clear(slot, desk);
		}
	}

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	@Test
	void theDeskPlacesTheTopStoryAndEveryPlacementIsKeptAndExported() {
		ArticleDetail older = NewsroomFixtures.published(articles, sections, NewsroomFixtures.reporter(people), "economy", "데스크가 고른 오늘의 톱기사",
				clock.instant().minus(Duration.ofHours(20)));
		NewsroomSession session = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		session.get("/newsroom/frontpage");
		HttpResponse<String> placed = session.form("/newsroom/frontpage",
				Map.of("slot", "TOP", "article", String.valueOf(older.id())));
		assertThat(placed.statusCode()).isEqualTo(302);
		assertThat(web().get("/").body()).containsPattern("class=\"[^\"]*top-story[^\"]*\"[\\s\\S]*데스크가 고른 오늘의 톱기사");

		HttpResponse<String> bad = session.form("/newsroom/frontpage", Map.of("slot", "LEAD1", "article", "99999999"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("독자에게 보이는(출고된) 기사의 번호를 넣으십시오").contains("99999999");

		session.get("/newsroom/frontpage");
		assertThat(session.form("/newsroom/frontpage", Map.of("slot", "TOP", "clear", "1")).statusCode()).isEqualTo(302);
		assertThat(web().get("/").body()).doesNotContainPattern("class=\"[^\"]*top-story[^\"]*\"[\\s\\S]{0,600}데스크가 고른 오늘의 톱기사");

		HttpResponse<String> csv = session.get("/newsroom/frontpage/history.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF자리,기사번호,제목,배치 시작,배치 끝,배치한 사람,내린 사람");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("톱기사," + older.id() + ",데스크가 고른 오늘의 톱기사,")
			.contains("+09:00")
			.endsWith(",오데스크,오데스크"));

		NewsroomSession reporter = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		assertThat(reporter.get("/newsroom/frontpage").statusCode()).isEqualTo(403);
		assertThat(reporter.get("/newsroom/frontpage/history.csv").statusCode()).isEqualTo(403);
	}

	@Test
	void aCorrectionNoticeAppearsAtTheTopOfThePublishedArticleWithItsDate() {
		ArticleDetail article = NewsroomFixtures.published(articles, sections, NewsroomFixtures.reporter(people), "society", "정정 대상 기사",
				clock.instant().minus(Duration.ofHours(2)));
		NewsroomSession reporter = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		reporter.get("/newsroom/articles/" + article.id());
		assertThat(reporter.form("/newsroom/articles/" + article.id() + "/corrections",
				Map.of("kind", "CORRECTION", "body", "기자가 몰래 붙인 알림")).statusCode()).isEqualTo(403);

		NewsroomSession session = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		session.get("/newsroom/articles/" + article.id());
		HttpResponse<String> empty = session.form("/newsroom/articles/" + article.id() + "/corrections",
				Map.of("kind", "CORRECTION", "body", " "));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("알림 내용을 4000자 이내로 쓰십시오.");
		session.form("/newsroom/articles/" + article.id() + "/corrections",
				Map.of("kind", "CORRECTION", "body", "본보는 지난 보도에서 예산 규모를 1조 원으로 적었으나 1천억 원이기에 바로잡습니다."));

		String page = web().get("/news/" + article.id()).body();
		assertThat(page).contains("[정정보도]").contains("1천억 원이기에 바로잡습니다.");
		assertThat(page.indexOf("[정정보도]")).isLessThan(page.indexOf("id=\"article-body\""));
		assertThat(page).doesNotContain("기자가 몰래 붙인 알림");
	}

	@Test
	void anAdministratorChangesTheWeatherStationsAndTheChangeIsAudited() {
		List<WeatherStation> original = weather.stations();
		try {
			NewsroomSession admin = session("admin", ADMIN_PASSWORD);
			HttpResponse<String> page = admin.get("/newsroom/admin/weather");
			assertThat(page.body()).contains("108 서울").contains("수신 상태");

			HttpResponse<String> bad = admin.form("/newsroom/admin/weather", Map.of("stations", "108 서울 37.57\n159 부산 35.1 129.0"));
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body()).contains("1번째 줄").contains("108 서울 37.57\n159 부산 35.1 129.0");

			admin.get("/newsroom/admin/weather");
			HttpResponse<String> saved = admin.form("/newsroom/admin/weather",
					Map.of("stations", "159 부산 35.1047 129.0320\n108 서울 37.5714 126.9658"));
			assertThat(saved.statusCode()).isEqualTo(302);
			assertThat(weather.stations()).extracting(WeatherStation::name).containsExactly("부산", "서울");
			assertThat(admin.get("/newsroom/admin/audit").body()).contains("날씨 관측소 변경").contains("159 부산, 108 서울");

			NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
			assertThat(desk.get("/newsroom/admin/weather").statusCode()).isEqualTo(403);
		}
		finally {
			weather.replaceStations(original);
		}
	}

	@Test
	void anAdministratorAddsAndHidesASectionWithClearErrorsForBadOrTakenAddresses() {
		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/sections");
		HttpResponse<String> taken = admin.form("/newsroom/admin/sections",
				Map.of("name", "경제2", "slug", "economy", "position", "9", "inMenu", "on"));
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body()).contains("이미 쓰이는 주소입니다: economy").contains("value=\"경제2\"");
		HttpResponse<String> bad = admin.form("/newsroom/admin/sections",
				Map.of("name", "과학", "slug", "과학", "position", "9", "inMenu", "on"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("영문 소문자, 숫자, 하이픈");

		assertThat(admin.form("/newsroom/admin/sections",
				Map.of("name", "과학", "slug", "science", "position", "9", "inMenu", "on")).statusCode()).isEqualTo(302);
		assertThat(web().get("/").body()).contains("<a href=\"/section/science\"");
		assertThat(web().get("/section/science").status()).isEqualTo(200);

		int id = sections.bySlug("science").orElseThrow().id();
		admin.get("/newsroom/admin/sections");
		assertThat(admin.form("/newsroom/admin/sections", Map.of("id", String.valueOf(id), "name", "과학", "slug",
				"science", "position", "9")).statusCode()).isEqualTo(302);
		assertThat(web().get("/").body()).doesNotContain("<a href=\"/section/science\"");
		assertThat(admin.get("/newsroom/admin/audit").body()).contains("섹션 추가").contains("메뉴에서 숨김");
	}

	@Test
	void anAdministratorEditsAStaticPageAndTheSettingsReadersSee() {
		kr.sinmun.staticpage.StaticPage tip = staticPages.bySlug("tip").orElseThrow();
		Map<String, String> before = settings.values();
		try {
			NewsroomSession admin = session("admin", ADMIN_PASSWORD);
			admin.get("/newsroom/admin/pages/tip");
			admin.form("/newsroom/admin/pages/tip", Map.of("title", "기사제보",
					"bodyHtml", "<p>제보는 편집국 전자우편으로 받습니다.</p><script>alert(1)</script>"));
			String page = web().get("/page/tip").body();
			assertThat(page).contains("제보는 편집국 전자우편으로 받습니다.").doesNotContain("alert(1)");

			admin.get("/newsroom/admin/settings");
			Map<String, String> form = new java.util.HashMap<>(before);
			form.put("naver-site-verification", "<script>");
			HttpResponse<String> bad = admin.form("/newsroom/admin/settings", form);
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body()).contains("코드(영문·숫자)만").contains("value=\"&lt;script");
			form.put("naver-site-verification", "naver0a1b2c3d4");
			form.put("copyright", "Copyright © 신문일보. 무단 전재와 재배포를 금합니다.");
			assertThat(admin.form("/newsroom/admin/settings", form).statusCode()).isEqualTo(302);
			String home = web().get("/").body();
			assertThat(home).contains("<meta name=\"naver-site-verification\" content=\"naver0a1b2c3d4\">");
			assertThat(web().get("/news/1").body()).contains("Copyright © 신문일보. 무단 전재와 재배포를 금합니다.");

			NewsroomSession reporter = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
			assertThat(reporter.get("/newsroom/admin/settings").statusCode()).isEqualTo(403);
		}
		finally {
			staticPages.update("tip", tip.title(), tip.bodyHtml());
			settings.update(before);
		}
	}

	@Test
	void aSharedBylineNamesEveryReporterAndAppearsOnEachReportersPage() {
		long reporter = NewsroomFixtures.reporter(people);
		long colleague = NewsroomFixtures.otherReporter(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "두 기자가 함께 쓴 기사", "<p>공동 취재.</p>");
		NewsroomSession session = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		session.get("/newsroom/articles/" + draft.id());
		HttpResponse<String> saved = session.json("/newsroom/articles/" + draft.id() + "/autosave",
				"{\"sectionId\":\"" + draft.sectionId() + "\",\"headline\":\"두 기자가 함께 쓴 기사\","
						+ "\"bodyHtml\":\"<p>공동 취재.</p>\",\"coReporters\":\"" + colleague + "\",\"version\":\""
						+ draft.version() + "\"}", true);
		assertThat(saved.statusCode()).isEqualTo(200);
		articles.move(draft.id(), kr.sinmun.article.ArticleStatus.PUBLISHED, null, false, desk);

		String page = web().get("/news/" + draft.id()).body();
		assertThat(page).contains("한지우 기자</a> · <a href=\"/reporter/" + colleague + "\">문서진 기자</a>");
		assertThat(web().get("/reporter/" + colleague).body()).contains("두 기자가 함께 쓴 기사");

		HttpResponse<String> unknown = session.json("/newsroom/articles/" + draft.id() + "/autosave",
				"{\"sectionId\":\"" + draft.sectionId() + "\",\"headline\":\"x\",\"coReporters\":\"987654\",\"version\":\"1\"}",
				true);
		assertThat(unknown.statusCode()).isIn(400, 403);
	}

	@Test
	void anAdministratorGivesAReporterAPortraitForTheirPage() throws Exception {
		long reporter = NewsroomFixtures.reporter(people);
		NewsroomSession admin = session("admin", ADMIN_PASSWORD);
		admin.get("/newsroom/admin/users/" + reporter);
		HttpResponse<String> bad = admin.upload("/newsroom/admin/users/" + reporter + "/photo", "me.jpg",
				"사진이 아닙니다".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("이미지 파일이 아닙니다");
		HttpResponse<String> saved = admin.upload("/newsroom/admin/users/" + reporter + "/photo", "me.png",
				java.nio.file.Files.readAllBytes(NewsroomFixtures.photo()));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(web().get("/reporter/" + reporter).body())
			.containsPattern("<img class=\"reporter-photo\" src=\"/media/[^\"]+-320\\.jpg\" alt=\"한지우 기자 사진\" width=\"320\" height=\"180\">");
	}

	@Test
	void theExportListsPublishedArticlesMarkedInHouseOrWire() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail own = NewsroomFixtures.published(articles, sections, reporter, "society", "자체 취재한 기사, 쉼표 포함",
				clock.instant().minus(Duration.ofMinutes(5)));
		ArticleDetail wire = articles.create(new kr.sinmun.article.ArticleDraft(sections.bySlug("world").orElseThrow().id(),
				reporter, "통신사에서 받은 기사", null, "<p>통신 본문.</p>", List.of(), kr.sinmun.article.ArticleStatus.PUBLISHED,
				clock.instant().minus(Duration.ofMinutes(4)), "연합뉴스"), reporter);
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(desk.get("/newsroom/export").body()).contains("자체기사").contains("통신 기사");
		HttpResponse<String> csv = desk.get("/newsroom/export.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF링크,제목,기자,작성시간,섹션,구분,출처");
		assertThat(lines).contains("http://localhost/news/" + own.id() + ",\"자체 취재한 기사, 쉼표 포함\",한지우,"
				+ kr.sinmun.platform.KoreanDates.stamp(own.publishedAt()) + ",사회,자체기사,");
		assertThat(lines).contains("http://localhost/news/" + wire.id() + ",통신사에서 받은 기사,한지우,"
				+ kr.sinmun.platform.KoreanDates.stamp(wire.publishedAt()) + ",국제,통신,연합뉴스");
		assertThat(lines.indexOf(lines.stream().filter(line -> line.contains("/news/" + own.id() + ",")).findFirst().orElseThrow()))
			.isLessThan(lines.indexOf(lines.stream().filter(line -> line.contains("/news/" + wire.id() + ",")).findFirst().orElseThrow()));
		// The demo paper's articles, published over the last two weeks, are not the paper's reporting.
		List<Long> demo = articles.all(null, new ArticleViewer(0, true), 1, 1000).items().stream().filter(ArticleDetail::demo).map(ArticleDetail::id).toList();
		assertThat(demo).isNotEmpty();
		assertThat(lines).noneMatch(line -> demo.stream().anyMatch(id -> line.startsWith("http://localhost/news/" + id + ",")));

		NewsroomSession reporterSession = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		assertThat(reporterSession.get("/newsroom/export.csv").statusCode()).isEqualTo(403);
	}

	@Test
	void theDeskIsToldThatADemoArticleIsNeverSentToThePortal() {
		long demo = articles.all(null, new ArticleViewer(0, true), 1, 1000).items().stream().filter(ArticleDetail::demo).findFirst().orElseThrow().id();
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		assertThat(desk.get("/newsroom/articles/" + demo).body()).doesNotContain("포털에 다시 보내기");
		HttpResponse<String> resend = desk.form("/newsroom/articles/" + demo + "/portal", Map.of());
		assertThat(resend.statusCode()).isEqualTo(409);
		assertThat(resend.body()).contains("데모 기사는 포털로 보내지 않습니다");
	}

	@Test
	void theEditorShowsPortalDeliveryAndTheDeskCanResend() {
		ArticleDetail article = NewsroomFixtures.published(articles, sections, NewsroomFixtures.reporter(people), "economy",
				"포털 상태를 보여 줄 기사", clock.instant().minus(Duration.ofMinutes(1)));
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		String page = await("포털 전송 완료").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
			.until(() -> desk.get("/newsroom/articles/" + article.id()).body(), body -> body.contains("전송 완료"));
		assertThat(page).contains("포털 전송").contains("카카오(다음) · 전송 완료").contains("포털에 다시 보내기");
		assertThat(desk.form("/newsroom/articles/" + article.id() + "/portal", Map.of()).statusCode()).isEqualTo(302);
		assertThat(desk.get("/newsroom/portal").body()).contains("포털 상태를 보여 줄 기사");

		NewsroomSession reporter = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		reporter.get("/newsroom/articles/" + article.id());
		assertThat(reporter.form("/newsroom/articles/" + article.id() + "/portal", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void anEarlierRevisionCanBeComparedAndRestoredAsANewVersion() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "되살리기 시험", "<p>처음 쓴 문장.</p>");
		ArticleDetail second = articles.revise(draft.id(), new kr.sinmun.article.ArticleText(draft.sectionId(), reporter,
				"되살리기 시험", null, "<p>처음 쓴 문장.</p>", List.of()), draft.version(), reporter);
		ArticleDetail third = articles.revise(draft.id(), new kr.sinmun.article.ArticleText(draft.sectionId(), reporter,
				"되살리기 시험(고침)", null, "<p>완전히 바꾼 문장.</p>", List.of()), second.version(), reporter);
		assertThat(second.version()).as("saving unchanged text makes no new version").isEqualTo(draft.version());
		NewsroomSession session = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		assertThat(session.get("/newsroom/articles/" + draft.id() + "/revisions").body()).contains("버전")
			.contains("/revisions/" + draft.version());
		String compare = session.get("/newsroom/articles/" + draft.id() + "/revisions/" + draft.version()).body();
		assertThat(compare).contains("<del>처음 쓴 </del><ins>완전히 바꾼 </ins><span>문장.</span>")
			.contains("<span>되살리기 </span><del>시험</del><ins>시험(고침)</ins>");
		HttpResponse<String> restored = session.form(
				"/newsroom/articles/" + draft.id() + "/revisions/" + draft.version() + "/restore", Map.of());
		assertThat(restored.statusCode()).isEqualTo(302);
		ArticleDetail now = articles.find(draft.id()).orElseThrow();
		assertThat(now.headline()).isEqualTo("되살리기 시험");
		assertThat(now.bodyHtml()).isEqualTo("<p>처음 쓴 문장.</p>");
		assertThat(now.version()).isEqualTo(third.version() + 1);
		assertThat(articles.revisions(draft.id())).extracting(kr.sinmun.article.RevisionStamp::headline)
			.contains("되살리기 시험(고침)");
	}

}
