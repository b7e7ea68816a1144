package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Box;
import kr.sinmun.people.People;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 홈 편집 offers the 오피니언 and 영상 boxes, and refuses in Korean what cannot be added, keeping the page; a
 * sub-section may have a box of its own, while its parent's box shows its news too.
 */
class HomeBoxesComposerIntegrationTests extends IntegrationTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

	@Autowired
	FrontPage frontPage;

	@Autowired
	People people;

	@Autowired
	Sections sections;

	@Autowired
	Articles articles;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> add(NewsroomSession desk, String kind, String section) {
		String version = version(desk.get("/newsroom/frontpage/layout").body());
		return desk.form("/newsroom/frontpage/layout", "version", version, "action", "add", "kind", kind, "section", section,
				"slot", "", "area", "SIDE");
	}

	@Test
	void offersOpinionAndVideoBoxesAndRefusesWhatCannotBeAddedInKorean() {
		NewsroomSession desk = new NewsroomSession(port);
		desk.login("admin", ADMIN_PASSWORD);
		try {
			Document page = Jsoup.parse(desk.get("/newsroom/frontpage/layout").body());
			assertThat(page.select("#add-kind option").eachAttr("value")).contains("OPINION", "VIDEO");
			assertThat(page.select(".nr-boxes[data-area=SIDE] .nr-box-name strong").eachText()).contains("오피니언");
			assertThat(page.select(".nr-boxes[data-area=MAIN] .nr-box-name strong").eachText()).contains("영상");

			HttpResponse<String> twice = add(desk, "VIDEO", "");
			assertThat(twice.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(twice.body()).selectFirst(".nr-error").text())
				.isEqualTo("'영상' 박스는 이미 있습니다. 한 화면에 하나만 둘 수 있습니다.");

			HttpResponse<String> sameSection = add(desk, "OPINION", "");
			assertThat(sameSection.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(sameSection.body()).selectFirst(".nr-error").text()).contains("이미 있습니다");

			HttpResponse<String> unknown = add(desk, "OPINION", "987654");
			assertThat(unknown.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(unknown.body()).selectFirst(".nr-error").text())
				.isEqualTo("오피니언 박스에 넣을 섹션을 메뉴에 있는 섹션에서 고르십시오.");
			// The refused form comes back as sent (a tester found it reset to 톱기사 and 가운데 단).
			Document refused = Jsoup.parse(unknown.body());
			assertThat(refused.select("#add-kind option[selected]").eachAttr("value")).containsExactly("OPINION");
			assertThat(refused.select("#add-area option[selected]").eachAttr("value")).containsExactly("SIDE");
			String economy = String.valueOf(sections.bySlug("economy").orElseThrow().id());
			String version = version(desk.get("/newsroom/frontpage/layout").body());
			Document noSlot = Jsoup.parse(desk.form("/newsroom/frontpage/layout", "version", version, "action", "add",
					"kind", "BANNER", "section", economy, "slot", "no-such-slot", "area", "SIDE").body());
			assertThat(noSlot.select("#add-kind option[selected]").eachAttr("value")).containsExactly("BANNER");
			assertThat(noSlot.select("#add-section option[selected]").eachAttr("value")).containsExactly(economy);

			// Forged forms (a tester's): a column the page does not offer, and 보기/기사 수 for the 톱기사 box,
			// which has neither. Refused in Korean; the arrangement stays as it was.
			String before = version(desk.get("/newsroom/frontpage/layout").body());
			String politics = String.valueOf(sections.bySlug("politics").orElseThrow().id());
			HttpResponse<String> nowhere = desk.form("/newsroom/frontpage/layout", "version", before, "action", "add",
					"kind", "SECTION", "section", politics, "slot", "", "area", "NOPE");
			assertThat(nowhere.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(nowhere.body()).selectFirst(".nr-error").text()).isEqualTo("박스를 둘 단을 고르십시오.");
			int top = frontPage.layout().indexOf(frontPage.layout().stream().filter(box -> box.kind() == Box.Kind.TOP)
				.findFirst().orElseThrow());
			HttpResponse<String> styledTop = desk.form("/newsroom/frontpage/layout", "version", before, "action", "edit",
					"index", String.valueOf(top), "style", "LIST", "size", "5");
			assertThat(styledTop.statusCode()).isEqualTo(400);
			assertThat(Jsoup.parse(styledTop.body()).selectFirst(".nr-error").text()).contains("보기 방식과 기사 수를 바꿀 수 없습니다");
			assertThat(version(desk.get("/newsroom/frontpage/layout").body())).as("nothing saved").isEqualTo(before);

			String culture = String.valueOf(sections.bySlug("culture").orElseThrow().id());
			HttpResponse<String> added = add(desk, "OPINION", culture);
			assertThat(added.statusCode()).isEqualTo(302);
			Document after = Jsoup.parse(desk.get("/newsroom/frontpage/layout").body());
			assertThat(after.select(".nr-boxes[data-area=SIDE] .nr-box-name strong").eachText()).contains("오피니언 · 문화");
			assertThat(after.selectFirst(".nr-table").text()).contains("'오피니언 · 문화' 박스를 오른쪽 단에 더함");
			Document home = Jsoup.parse(web().get("/").body());
			assertThat(home.select("[data-box=OPINION] h2").eachText()).contains("오피니언", "문화");
		}
		finally {
			frontPage.resetLayout(people.userId("admin").orElseThrow());
		}
	}

	@Test
	void aSubSectionGetsABoxOfItsOwnWhileItsParentsBoxShowsItsNewsToo() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section sub = sections.save(null, "t-box-" + tag, "시험부동산" + tag, 990, true, economy.id());
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail inSub = NewsroomFixtures.published(articles, sections, reporter, sub.slug(), "하위 섹션 박스 시험 " + tag,
				clock.instant().minus(Duration.ofSeconds(1)));
		ArticleDetail inParent = NewsroomFixtures.published(articles, sections, reporter, "economy",
				"상위 섹션 박스 시험 " + tag, clock.instant().minus(Duration.ofSeconds(2)));
		NewsroomSession desk = new NewsroomSession(port);
		desk.login("admin", ADMIN_PASSWORD);
		try {
			Document composer = Jsoup.parse(desk.get("/newsroom/frontpage/layout").body());
			List<String> offered = composer.select("#add-section option").eachText();
			assertThat(offered).containsSubsequence("경제", "경제 › " + sub.name());
			assertThat(offered.indexOf("경제 › " + sub.name())).as("right under its parent's other sub-sections")
				.isGreaterThan(offered.indexOf("경제"));

			HttpResponse<String> added = add(desk, "SECTION", String.valueOf(sub.id()));
			assertThat(added.statusCode()).isEqualTo(302);
			Document after = Jsoup.parse(desk.get("/newsroom/frontpage/layout").body());
			assertThat(after.select(".nr-boxes[data-area=SIDE] .nr-box-name strong").eachText())
				.contains("경제 › " + sub.name() + " 섹션");

			Document home = Jsoup.parse(web().get("/", "Cookie", "JSESSIONID=render").body());
			Element subBox = home.selectFirst("[data-box=SECTION]:has(h2 a[href=" + sub.url() + "])");
			assertThat(subBox).as("the sub-section's box").isNotNull();
			assertThat(subBox.select("a").eachAttr("href")).contains(inSub.url()).doesNotContain(inParent.url());
			Element economyBox = home.selectFirst("[data-box=SECTION]:has(h2 a[href=/section/economy])");
			assertThat(economyBox).as("경제's box in the default composition").isNotNull();
			assertThat(economyBox.select("a").eachAttr("href")).contains(inSub.url(), inParent.url());

			// A sub-section taken out of the 전체메뉴 takes its box off the home page, as a hidden section does.
			sections.save(sub.id(), sub.slug(), sub.name(), sub.position(), false, economy.id());
			assertThat(Jsoup.parse(web().get("/", "Cookie", "JSESSIONID=render").body())
				.select("[data-box=SECTION] h2 a").eachAttr("href")).doesNotContain(sub.url());
		}
		finally {
			frontPage.resetLayout(people.userId("admin").orElseThrow());
			articles.delete(inSub.id());
			articles.delete(inParent.id());
			jdbc.sql("DELETE FROM sections WHERE id = :id").param("id", sub.id()).update();
			events.publishEvent(new SectionsChanged());
		}
	}

}
