package kr.sinmun.newsroom;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newsroom tables never break a Hangul word across lines ("박서/연", "작성/중", "2026.12./05"), on a phone (360 px)
 * or a desktop (1280 px): cells wrap between words, and a table wider than the screen scrolls on its own.
 */
@Tag("browser")
class NewsroomTablesBrowserTests extends IntegrationTest {

	// Every word of every table cell whose characters do not all sit on one line. A line may end after an
	// ellipsis, a middle dot, a comma or a hyphen: those are between words (a login name like nr-reporter may
	// wrap after its hyphen in a free-text cell, as any typesetter would break it; Hangul has no such point).
	private static final String BROKEN_WORDS = """
			const broken = [];
			for (const cell of document.querySelectorAll('.nr-table td, .nr-table th, .nr-table caption')) {
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    for (const match of node.data.matchAll(/[^\\s…·,-]+/g)) {
			      const range = document.createRange();
			      range.setStart(node, match.index);
			      range.setEnd(node, match.index + match[0].length);
			      const tops = new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top)));
			      if (tops.size > 1) broken.push(match[0]);
			    }
			  }
			}
			return broken;""";

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void startBrowsers() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	private void login(ChromeDriver driver, String username, String password) {
		NewsroomLogin.as(driver, port, username, password);
	}

	@SuppressWarnings("unchecked")
	private List<String> brokenWords(ChromeDriver driver, String path) {
		driver.get("http://localhost:" + port + path);
		return (List<String>) driver.executeScript(BROKEN_WORDS);
	}

	@Test
	void noTableCellBreaksAHangulWordOnAPhoneOrADesktop() {
		long reporter = NewsroomFixtures.reporter(people);
		NewsroomFixtures.draft(articles, sections, reporter, "표 줄바꿈 시험: 작성중인 긴 제목의 기사는 낱말 사이에서만 줄이 바뀐다",
				"<p>본문</p>");
		for (ChromeDriver driver : List.of(desktop, phone)) {
			login(driver, "admin", ADMIN_PASSWORD);
			String size = driver.executeScript("return window.innerWidth") + "px";
			for (String path : List.of("/newsroom", "/newsroom/articles", "/newsroom/articles?status=DRAFT",
					"/newsroom/admin/audit")) {
				List<String> broken = brokenWords(driver, path);
				assertThat(broken).as("words broken across lines on %s at %s", path, size).isEmpty();
			}
			String list = driver.findElement(By.cssSelector("body")).getText();
			assertThat(list).isNotEmpty();
			driver.get("http://localhost:" + port + "/newsroom/articles");
			assertThat(driver.findElement(By.cssSelector(".nr-table")).getText()).contains("박서연").contains("작성중");
			assertThat((Boolean) driver.executeScript(
					"return document.documentElement.scrollWidth <= window.innerWidth"))
				.as("the page itself does not scroll sideways at %s", size).isTrue();
		}
		login(phone, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		assertThat(brokenWords(phone, "/newsroom")).as("내 기사 at 360 px").isEmpty();
		assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("내 기사");
	}

}
