package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 홈 편집's 미리보기 of the composer's unsaved state: the desk sees the reader's home drawn from what it posted, a
 * reporter may not, what cannot be drawn is said in Korean, and nothing is stored, recorded or cached meanwhile.
 */
class HomePreviewIntegrationTests extends IntegrationTest {

	private static final String PREVIEW = "/newsroom/frontpage/layout/preview";

	private static final String REPORTER = "preview-home-reporter";

	@Autowired
	People people;

	@Autowired
	FrontPage frontPage;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void people() {
		NewsroomFixtures.desk(people);
		NewsroomFixtures.user(people, REPORTER, "홈미리", Role.REPORTER);
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		return session;
	}

	// What the composition's tables hold, row by row: a preview must leave them as they were.
	private List<String> stored() {
		List<String> rows = new ArrayList<>(jdbc.sql("SELECT * FROM frontpage_boxes ORDER BY area, position")
			.query((row, number) -> IntStream.rangeClosed(1, row.getMetaData().getColumnCount()).mapToObj(column -> {
				try {
					return String.valueOf(row.getObject(column));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}).collect(Collectors.joining("|")))
			.list());
		rows.add("changes " + jdbc.sql("SELECT count(*) FROM frontpage_layout_changes").query(Long.class).single());
		return rows;
	}

	private static List<String> boxesOf(Document home, String column) {
		return home.select("." + column + " > [data-box]").eachAttr("data-box");
	}

	// The composer's state as the page's script sends it: the order per column, then 보기 and 기사 수 per box.
	private static Map<String, String> state(List<Box> layout, List<Integer> main, List<Integer> side,
			Map<Integer, String> styles, Map<Integer, String> sizes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(layout.hashCode()));
		form.put("main", main.stream().map(String::valueOf).collect(Collectors.joining(",")));
		form.put("side", side.stream().map(String::valueOf).collect(Collectors.joining(",")));
		form.put("style", IntStream.range(0, layout.size()).mapToObj(i -> styles.getOrDefault(i, "")).collect(Collectors.joining(",")));
		form.put("size", IntStream.range(0, layout.size()).mapToObj(i -> sizes.getOrDefault(i, "")).collect(Collectors.joining(",")));
		return form;
	}

	private static List<Integer> indices(List<Box> layout, Box.Area area, int except) {
		return IntStream.range(0, layout.size()).filter(i -> i != except && layout.get(i).area() == area).boxed().toList();
	}

	private static int latestBox(List<Box> layout) {
		int latest = IntStream.range(0, layout.size()).filter(i -> layout.get(i).kind() == Box.Kind.LATEST).findFirst()
			.orElse(-1);
		assertThat(latest).as("the composition has a 최신 기사 box").isNotNegative();
		return latest;
	}

	@Test
	void theDeskSeesTheHomeDrawnFromTheComposersUnsavedStateAndNothingIsStored() {
		List<Box> layout = frontPage.layout();
		int latest = latestBox(layout);
		List<String> before = stored();
		Document readersBefore = Jsoup.parse(web().get("/").body());
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		assertThat(desk.get("/newsroom/frontpage/layout").body()).contains("id=\"composer-preview\"")
			.contains("저장하지 않고 미리보기");

		// 최신 기사 moved to the top of the main column, as two cards: typed, not applied.
		List<Integer> main = new ArrayList<>(List.of(latest));
		main.addAll(indices(layout, Box.Area.MAIN, latest));
		HttpResponse<String> preview = desk.form(PREVIEW, state(layout, main, indices(layout, Box.Area.SIDE, latest),
				Map.of(latest, "CARDS"), Map.of(latest, "2")));

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(preview.headers().firstValue("X-Robots-Tag").orElseThrow()).isEqualTo("noindex, nofollow");
		assertThat(HtmlChecker.errors(preview.body())).as("Nu HTML checker on the preview page").isEmpty();
		Document page = Jsoup.parse(preview.body());
		assertThat(page.select("h1").text()).startsWith("홈 미리보기");
		assertThat(page.select("#preview-360, #preview-1280")).hasSize(2);
		Document reader = Jsoup.parse(page.selectFirst("iframe#preview-frame").attr("srcdoc"));
		assertThat(reader.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
		assertThat(boxesOf(reader, "main-column")).first().isEqualTo("LATEST");
		Element box = reader.selectFirst(".main-column > [data-box=LATEST]");
		assertThat(box.classNames()).contains("box--cards");
		assertThat(box.select(".cards > li")).hasSize(2);
		assertThat(boxesOf(reader, "side-column")).doesNotContain("LATEST");

		// Stored nowhere: the tables, the composition in memory and the readers' page are as they were.
		assertThat(stored()).isEqualTo(before);
		assertThat(frontPage.layout()).isEqualTo(layout);
		Document readersAfter = Jsoup.parse(web().get("/").body());
		assertThat(boxesOf(readersAfter, "main-column")).isEqualTo(boxesOf(readersBefore, "main-column"));
		assertThat(boxesOf(readersAfter, "side-column")).isEqualTo(boxesOf(readersBefore, "side-column"));
		assertThat(readersAfter.select("meta[name=robots]")).isEmpty();

		// Without the script, the form carries the stored order and no edits: the stored composition is drawn.
		Document composer = Jsoup.parse(desk.get("/newsroom/frontpage/layout").body());
		Map<String, String> plain = new LinkedHashMap<>();
		composer.select("#composer-preview input[type=hidden]").forEach(input -> plain.put(input.attr("name"), input.val()));
		HttpResponse<String> saved = desk.form(PREVIEW, plain);
		assertThat(saved.statusCode()).isEqualTo(200);
		Document savedReader = Jsoup.parse(Jsoup.parse(saved.body()).selectFirst("iframe#preview-frame").attr("srcdoc"));
		assertThat(boxesOf(savedReader, "main-column")).isEqualTo(boxesOf(readersBefore, "main-column"));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void onlyTheDeskMayPreviewAndOnlyWithTheFormsToken() {
		List<Box> layout = frontPage.layout();
		List<String> before = stored();
		Map<String, String> state = state(layout, indices(layout, Box.Area.MAIN, -1), indices(layout, Box.Area.SIDE, -1),
				Map.of(), Map.of());

		NewsroomSession reporter = session(REPORTER);
		reporter.get("/newsroom");
		HttpResponse<String> refused = reporter.form(PREVIEW, state);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("preview-frame");

		NewsroomSession desk = session(NewsroomFixtures.DESK);
		desk.get("/newsroom/frontpage/layout");
		Map<String, String> forged = new LinkedHashMap<>(state);
		forged.put("_csrf", "not-the-token");
		assertThat(desk.form(PREVIEW, forged).statusCode()).isEqualTo(403);

		HttpResponse<String> stranger = new NewsroomSession(port).form(PREVIEW, state);
		assertThat(stranger.statusCode()).isIn(302, 403);
		assertThat(stranger.body()).doesNotContain("preview-frame");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void whatCannotBeDrawnIsSaidInKoreanAndNothingIsStored() {
		List<Box> layout = frontPage.layout();
		int latest = latestBox(layout);
		List<Integer> main = indices(layout, Box.Area.MAIN, -1);
		List<Integer> side = indices(layout, Box.Area.SIDE, -1);
		List<String> before = stored();
		NewsroomSession desk = session(NewsroomFixtures.DESK);
		desk.get("/newsroom/frontpage/layout");

		Map<String, String> tooMany = state(layout, main, side, Map.of(), Map.of(latest, "13"));
		assertRefused(desk.form(PREVIEW, tooMany), 400, "기사 수는 1에서 12 사이의 숫자로 쓰십시오. 입력한 값: 13");
		Map<String, String> words = state(layout, main, side, Map.of(), Map.of(latest, "다섯"));
		assertRefused(desk.form(PREVIEW, words), 400, "입력한 값: 다섯");
		Map<String, String> style = state(layout, main, side, Map.of(latest, "POSTER"), Map.of());
		assertRefused(desk.form(PREVIEW, style), 400, "보기 방식을 목록에서 고르십시오. 입력한 값: POSTER");
		List<Integer> missing = new ArrayList<>(main);
		missing.remove(0);
		assertRefused(desk.form(PREVIEW, state(layout, missing, side, Map.of(), Map.of())), 400, "박스 순서를 읽을 수 없습니다");
		List<Integer> twice = new ArrayList<>(main);
		twice.set(0, side.get(0));
		assertRefused(desk.form(PREVIEW, state(layout, twice, side, Map.of(), Map.of())), 400, "박스 순서를 읽을 수 없습니다");
		Map<String, String> letters = state(layout, main, side, Map.of(), Map.of());
		letters.put("main", "가,나");
		assertRefused(desk.form(PREVIEW, letters), 400, "박스 순서를 읽을 수 없습니다");
		Map<String, String> extra = state(layout, main, side, Map.of(), Map.of());
		extra.put("size", String.join(",", Collections.nCopies(layout.size() + 1, "3")));
		assertRefused(desk.form(PREVIEW, extra), 400, "박스의 보기와 기사 수를 읽을 수 없습니다");
		Map<String, String> stale = state(layout, main, side, Map.of(), Map.of());
		stale.put("version", String.valueOf(layout.hashCode() + 1));
		assertRefused(desk.form(PREVIEW, stale), 409, "그사이 다른 사람이 홈 구성을 바꿨습니다");
		Map<String, String> noVersion = state(layout, main, side, Map.of(), Map.of());
		noVersion.remove("version");
		assertRefused(desk.form(PREVIEW, noVersion), 409, "그사이 다른 사람이 홈 구성을 바꿨습니다");

		assertThat(stored()).isEqualTo(before);
		assertThat(frontPage.layout()).isEqualTo(layout);
	}

	private static void assertRefused(HttpResponse<String> response, int status, String message) {
		assertThat(response.statusCode()).as(message).isEqualTo(status);
		assertThat(response.body()).contains("미리 볼 수 없습니다").contains(message).doesNotContain("preview-frame");
		assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on the refusal").isEmpty();
	}

}
