package kr.sinmun.newsroom;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 반려 with a note, in two browsers: the desk sends a story back with a reason, the reporter finds it marked on
 * their home page and in the editor, fixes it and sends it again, and the desk publishes it. Keys do what a
 * person would do with them: typing (through the IME path), Tab between fields and buttons, Enter to press.
 */
@Tag("browser")
class DeskNotesBrowserTests extends IntegrationTest {

	private static ChromeDriver reporter;

	private static ChromeDriver desk;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void startBrowsers() {
		reporter = browsers.desktop();
		desk = browsers.desktop();
	}

	@BeforeEach
	void people() {
		NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
	}

	@AfterEach
	void logOut() {
		for (ChromeDriver driver : List.of(reporter, desk)) {
			NewsroomLogin.out(driver, port);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(ChromeDriver driver, String username) {
		NewsroomLogin.as(driver, port, username, NewsroomFixtures.PASSWORD);
	}

	private static WebDriverWait waitFor(ChromeDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static WebElement focused(ChromeDriver driver) {
		return driver.switchTo().activeElement();
	}

	private static String state(WebDriver driver) {
		return driver.findElement(By.cssSelector(".nr-state")).getText();
	}

	@Test
	void theDeskReturnsWithANoteTheReporterFixesAndSendsAgainAndTheDeskPublishes() {
		long writer = NewsroomFixtures.reporter(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, writer, "시립도서관 야간 개관 연장 두 곳",
				"<p>시립도서관 두 곳이 다음 달부터 밤 열 시까지 문을 연다.</p>");
		long id = articles.move(draft.id(), ArticleStatus.SUBMITTED, null, false, writer).id();

		// The desk opens the story from its queue and sends it back with a reason.
		login(desk, NewsroomFixtures.DESK);
		desk.findElement(By.xpath("//section[h2='송고 대기']//a[text()='시립도서관 야간 개관 연장 두 곳']")).sendKeys(Keys.ENTER);
		waitFor(desk).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
		desk.findElement(By.id("note")).click();
		new HangulIme(desk).type("몇 곳인지 제목과 본문이 다릅니다. 확인해 주십시오.");
		new Actions(desk).sendKeys(Keys.TAB).perform();
		assertThat(focused(desk).getText()).isEqualTo("메모 남기기");
		new Actions(desk).sendKeys(Keys.TAB).perform();
		assertThat(focused(desk).getText()).isEqualTo("반려");
		new Actions(desk).sendKeys(Keys.ENTER).perform();
		waitFor(desk).until(d -> state(d).contains("반려"));
		assertThat(desk.findElement(By.cssSelector(".nr-notice")).getText()).isEqualTo("반려했습니다. 기자에게 메모가 전달됩니다.");
		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

		// The reporter's home counts it and marks it; the editor shows the mark and the desk's note.
		login(reporter, NewsroomFixtures.REPORTER);
		assertThat(reporter.findElement(By.tagName("h1")).getText()).isEqualTo("내 기사");
		assertThat(reporter.findElement(By.id("waiting-count")).getText()).contains("새 메모가 있는 기사");
		WebElement row = reporter.findElement(By.xpath(
				"//section[h2[starts-with(., '확인할 기사')]]//tr[td/a[text()='시립도서관 야간 개관 연장 두 곳']]"));
		assertThat(row.findElement(By.cssSelector(".nr-mark")).getText()).isEqualTo("반려");
		row.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
		waitFor(reporter).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
		assertThat(state(reporter)).contains("반려");
		assertThat(reporter.findElement(By.cssSelector(".nr-returned")).getText()).contains("데스크가 이 기사를 돌려보냈습니다");
		assertThat(reporter.findElement(By.cssSelector("#notes .nr-note-desk")).getText()).contains("오데스크")
			.contains("몇 곳인지 제목과 본문이 다릅니다. 확인해 주십시오.");

		// The reporter fixes the headline, answers, and sends it again.
		WebElement headline = reporter.findElement(By.id("headline"));
		headline.click();
		new Actions(reporter).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		new HangulIme(reporter).type("시립도서관 야간 개관 두 곳으로 늘려");
		// Ctrl+S saves where the writer is: the page stays, and says so.
		String address = reporter.getCurrentUrl();
		new Actions(reporter).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
		waitFor(reporter).until(d -> d.findElement(By.id("save-status")).getText().startsWith("저장했습니다"));
		assertThat(reporter.getCurrentUrl()).isEqualTo(address);
		assertThat(articles.find(id).orElseThrow().headline()).isEqualTo("시립도서관 야간 개관 두 곳으로 늘려");
		WebElement send = reporter.findElements(By.cssSelector("#editor-form button"))
			.stream()
			.filter(button -> button.getText().equals("송고"))
			.findFirst()
			.orElseThrow();
		send.sendKeys(Keys.ENTER);
		waitFor(reporter).until(d -> state(d).equals("상태: 송고"));
		assertThat(reporter.findElements(By.cssSelector(".nr-returned"))).isEmpty();
		assertThat(articles.find(id).orElseThrow().returned()).isFalse();

		// The desk finds it in its queue again, no longer marked, and publishes it.
		desk.get(url("/newsroom"));
		desk.findElement(By.xpath("//section[h2='송고 대기']//a[text()='시립도서관 야간 개관 두 곳으로 늘려']")).sendKeys(Keys.ENTER);
		waitFor(desk).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
		assertThat(desk.findElements(By.cssSelector("#notes .nr-note"))).hasSize(1);
		WebElement publish = desk.findElements(By.cssSelector("#editor-form button"))
			.stream()
			.filter(button -> button.getText().equals("지금 출고"))
			.findFirst()
			.orElseThrow();
		// For the desk, 지금 출고 is the primary action and 저장 the secondary; both stay in sight while scrolling.
		assertThat(publish.getAttribute("class")).contains("primary");
		assertThat(desk.findElement(By.cssSelector("#editor-form button[value=SAVE]")).getAttribute("class"))
			.doesNotContain("primary");
		desk.executeScript("document.getElementById('tags').scrollIntoView({block: 'start'})");
		assertThat((Boolean) desk.executeScript("""
				const button = arguments[0].getBoundingClientRect();
				return document.getElementById('headline').getBoundingClientRect().bottom < 0
				    && button.top >= 0 && button.bottom <= window.innerHeight;""", publish))
			.as("지금 출고 in sight with the headline scrolled away").isTrue();
		publish.sendKeys(Keys.ENTER);
		waitFor(desk).until(d -> state(d).equals("상태: 출고"));
		assertThat(web().get("/news/" + id).body()).contains("시립도서관 야간 개관 두 곳으로 늘려");
		assertThat(articles.transitions(id)).extracting(step -> step.to().name())
			.containsExactly("DRAFT", "SUBMITTED", "DRAFT", "SUBMITTED", "PUBLISHED");
	}

}
