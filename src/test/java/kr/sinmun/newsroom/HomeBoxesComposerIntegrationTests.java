package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 홈 편집 offers the 오피니언 and 영상 boxes, and refuses in Korean what cannot be added, keeping the page. */
class HomeBoxesComposerIntegrationTests extends IntegrationTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

	@Autowired
	FrontPage frontPage;

	@Autowired
	People people;

	@Autowired
	Sections sections;

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

}
