package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 연재 in the newsroom: the desk's list and forms, and the editor's 연재 choice, with what bad input gets. */
class SeriesAdminIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	SeriesCatalog catalog;

	@Autowired
	SeriesEpisodes episodes;

	private long reporter;

	@BeforeEach
	void people() {
		reporter = NewsroomFixtures.reporter(people);
		NewsroomFixtures.otherReporter(people);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	private static String slug(String stem) {
		return stem + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toLowerCase(Locale.ROOT);
	}

	@Test
	void theDeskAddsRenamesAndEndsASeriesWithKoreanErrorsThatKeepWhatWasTyped() {
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		HttpResponse<String> list = desk.get("/newsroom/series");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(HtmlChecker.errors(list.body())).as("Nu HTML checker").isEmpty();

		String slug = slug("rivers");
		HttpResponse<String> bad = desk.form("/newsroom/series",
				Map.of("name", "강의 이름", "slug", "강 이름", "description", "큰 강 다섯 곳을 따라갑니다.", "active", "on"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("영문 소문자, 숫자, 하이픈").contains("value=\"강의 이름\"").contains("큰 강 다섯 곳을 따라갑니다.");
		assertThat(HtmlChecker.errors(bad.body())).as("Nu HTML checker on the 400 page").isEmpty();

		HttpResponse<String> huge = desk.form("/newsroom/series",
				Map.of("name", "가".repeat(20_000), "slug", slug, "description", "<script>alert(1)</script>".repeat(50)));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("40자 이내").contains("300자 이내").doesNotContain("<script>alert(1)");

		assertThat(desk.form("/newsroom/series", Map.of("name", "강의 이름", "slug", slug, "description",
				"큰 강 다섯 곳을 따라갑니다.", "active", "on")).statusCode()).isEqualTo(302);
		Series saved = catalog.bySlug(slug).orElseThrow();
		assertThat(saved.active()).isTrue();
		assertThat(web().get("/series/" + slug).status()).isEqualTo(200);

		HttpResponse<String> taken = desk.form("/newsroom/series", Map.of("name", "다른 연재", "slug", slug));
		assertThat(taken.statusCode()).isEqualTo(409);
		assertThat(taken.body()).contains("이미 다른 연재가 쓰는 주소입니다").contains("value=\"다른 연재\"");

		for (String id : List.of("abc", "99999999", "-1", "1e3")) {
			assertThat(desk.form("/newsroom/series", Map.of("id", id, "name", "없는 연재", "slug", slug("ghost")))
				.statusCode()).as(id).isEqualTo(404);
		}

		// Unticked 진행 중: the series ends and its page goes.
		assertThat(desk.form("/newsroom/series", Map.of("id", String.valueOf(saved.id()), "name", "강의 이름들", "slug",
				slug, "description", "")).statusCode()).isEqualTo(302);
		assertThat(catalog.byId(saved.id()).orElseThrow()).extracting(Series::name, Series::active)
			.containsExactly("강의 이름들", false);
		assertThat(web().get("/series/" + slug).status()).isEqualTo(404);
	}

	@Test
	void reportersMayNotManageSeries() {
		NewsroomSession reporterSession = session(NewsroomFixtures.REPORTER);
		assertThat(reporterSession.get("/newsroom/series").statusCode()).isEqualTo(403);
		String slug = slug("sneaky");
		assertThat(reporterSession.form("/newsroom/series", Map.of("name", "몰래 만든 연재", "slug", slug)).statusCode())
			.isEqualTo(403);
		assertThat(catalog.bySlug(slug)).isEmpty();
	}

	@Test
	void theEditorPutsAnArticleInAnActiveSeriesAndRefusesEndedOrMadeUpOnes() {
		Series open = catalog.save(null, slug("editor"), "골목 상권", "", true);
		Series ended = catalog.save(null, slug("editor-ended"), "지난 연재", "", false);
		NewsroomSession session = session(NewsroomFixtures.REPORTER);
		HttpResponse<String> blank = session.get("/newsroom/articles/new");
		assertThat(blank.body()).contains("<option value=\"" + open.id() + "\">골목 상권</option>")
			.doesNotContain(">지난 연재");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("sectionId", String.valueOf(sections.bySlug("society").orElseThrow().id()));
		form.put("reporterId", String.valueOf(reporter));
		form.put("headline", "골목 상권 첫 편: 시장 입구의 세 가게");
		form.put("bodyHtml", "<p>시장 입구에서 삼십 년째 문을 여는 세 가게를 만났다.</p>");
		form.put("version", "0");
		for (String wrong : List.of(String.valueOf(ended.id()), "99999999", "abc", "1".repeat(400))) {
			form.put("series", wrong);
			HttpResponse<String> refused = session.form("/newsroom/articles", form);
			assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
			assertThat(refused.body()).as(wrong).contains("연재").contains("value=\"골목 상권 첫 편: 시장 입구의 세 가게\"");
		}

		form.put("series", String.valueOf(open.id()));
		HttpResponse<String> created = session.form("/newsroom/articles", form);
		assertThat(created.statusCode()).isEqualTo(302);
		long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll("^.*/articles/(\\d+).*$", "$1"));
		assertThat(episodes.seriesOf(id)).contains(open.id());
		HttpResponse<String> editor = session.get("/newsroom/articles/" + id);
		assertThat(editor.body()).contains("<option value=\"" + open.id() + "\" selected>골목 상권</option>");
		assertThat(HtmlChecker.errors(editor.body())).as("Nu HTML checker on the editor").isEmpty();

		// Another reporter cannot move someone else's draft into or out of a series.
		ArticleDetail draft = articles.find(id).orElseThrow();
		NewsroomSession other = session(NewsroomFixtures.OTHER_REPORTER);
		form.put("series", "");
		form.put("version", String.valueOf(draft.version()));
		assertThat(other.form("/newsroom/articles/" + id, form).statusCode()).isEqualTo(403);
		assertThat(episodes.seriesOf(id)).contains(open.id());

		// Once the series has ended, the article stays in it and may still be saved; choosing 없음 takes it out.
		catalog.save(open.id(), open.slug(), open.name(), "", false);
		form.put("series", String.valueOf(open.id()));
		assertThat(session.form("/newsroom/articles/" + id, form).statusCode()).isEqualTo(302);
		assertThat(session.get("/newsroom/articles/" + id).body()).contains("골목 상권 (끝남)</option>");
		form.put("series", "");
		form.put("version", String.valueOf(articles.find(id).orElseThrow().version()));
		assertThat(session.form("/newsroom/articles/" + id, form).statusCode()).isEqualTo(302);
		assertThat(episodes.seriesOf(id)).isEmpty();
		articles.discard(id, reporter);
	}

}
