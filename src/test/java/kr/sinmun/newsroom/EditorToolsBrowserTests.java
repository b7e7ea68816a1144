package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter writes with the 특수문자 palette between Hangul typed through the IME path (also while a syllable
 * is still being composed), picks a co-author with the keyboard, saves, and previews the article at a phone's
 * and a desktop's width; the new and changed pages pass the Nu checker and axe at 360 and 1280 px.
 */
@Tag("browser")
class EditorToolsBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Articles articles;

	@Autowired
	People people;

	@Autowired
	Sections sections;

	@Autowired
	SeriesCatalog catalog;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void startBrowsers() {
		desktop = browsers.desktop();
		phone = browsers.phone();
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

	private static WebElement symbol(ChromeDriver driver, String name) {
		return driver.findElement(By.cssSelector("#symbol-palette button[aria-label='" + name + "']"));
	}

	private static String value(WebDriver driver, String id) {
		return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).value", id);
	}

	@Test
	void aReporterWritesWithThePaletteAndTheImePicksACoAuthorByKeyAndPreviewsAtBothWidths() {
		long writer = NewsroomFixtures.reporter(people);
		long colleague = NewsroomFixtures.otherReporter(people);
		login(desktop, NewsroomFixtures.REPORTER);
		desktop.executeScript("localStorage.clear()");
		desktop.get(url("/newsroom/articles/new"));
		HangulIme ime = new HangulIme(desktop);

		// Headline: quotes from the palette between syllables typed through the IME.
		desktop.findElement(By.id("headline")).click();
		ime.type("시장 ");
		symbol(desktop, "여는 큰따옴표").click();
		ime.type("물가 잡겠다");
		symbol(desktop, "닫는 큰따옴표").click();
		ime.type(" 약속");
		assertThat(value(desktop, "headline")).isEqualTo("시장 “물가 잡겠다” 약속");

		// Body: a key pressed while a syllable is still being composed lets the syllable end first.
		desktop.findElement(By.cssSelector("#body-editor .ProseMirror")).click();
		ime.type("시장은 ");
		desktop.executeCdpCommand("Input.imeSetComposition", Map.of("text", "말", "selectionStart", 1, "selectionEnd", 1));
		symbol(desktop, "말줄임표").click();
		waitFor(desktop).until(d -> value(d, "bodyHtml").contains("…"));
		ime.type("이라고 했다");
		assertThat(value(desktop, "bodyHtml")).isEqualTo("<p>시장은 말…이라고 했다</p>");

		// Subheadline, keys only: the palette is one Tab stop whose keys the arrows move between; Enter puts the
		// character at the caret and gives the field its focus back.
		desktop.findElement(By.id("subheadline")).click();
		ime.type("▲");
		ime.type("물가 대책");
		desktop.executeScript("document.querySelector('#symbol-palette button[tabindex=\"0\"]').focus()");
		new Actions(desktop).sendKeys(Keys.END).sendKeys(Keys.ARROW_LEFT).perform();
		assertThat(desktop.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("참고표");
		new Actions(desktop).sendKeys(Keys.ENTER).perform();
		assertThat(value(desktop, "subheadline")).isEqualTo("▲물가 대책※");
		assertThat(desktop.switchTo().activeElement().getAttribute("id")).isEqualTo("subheadline");

		// 함께 쓴 기자: no oneself, no 관리자; typed initials and Enter pick the colleague without sending the form.
		assertThat(desktop.findElements(By.cssSelector("input[name='coReporters'][value='" + writer + "']"))).isEmpty();
		assertThat(desktop.findElement(By.id("coauthors")).getText()).doesNotContain("관리자");
		WebElement filter = desktop.findElement(By.id("coauthor-filter"));
		desktop.executeScript("arguments[0].scrollIntoView({ block: 'center' })", filter);
		filter.click();
		ime.type("ㅁㅅㅈ");
		new Actions(desktop).sendKeys(Keys.ENTER).perform();
		// Enter did not send the form: no page came back (the address may already be the draft's, after autosave).
		assertThat(desktop.getCurrentUrl()).doesNotContain("done=");
		assertThat(filter.isDisplayed()).isTrue();
		WebElement chosen = desktop.findElement(By.cssSelector("input[name='coReporters'][value='" + colleague + "']"));
		assertThat(chosen.isSelected()).isTrue();
		assertThat(desktop.findElement(By.id("coauthor-status")).getAttribute("textContent"))
			.startsWith("문서진 기자를 넣었습니다.");

		// Ctrl+S stores the draft in the background; the page becomes the article's. An autosave may have given the
		// page the draft's address already, so what is waited for is the save itself.
		new Actions(desktop).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
		waitFor(desktop).until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+$"));
		long id = Long.parseLong(desktop.getCurrentUrl().replaceAll(".*/(\\d+)$", "$1"));
		try {
			waitFor(desktop).until(d -> articles.find(id).map(article -> article.coReporterIds().contains(colleague)).orElse(false));
			ArticleDetail saved = articles.find(id).orElseThrow();
			assertThat(saved.headline()).isEqualTo("시장 “물가 잡겠다” 약속");
			assertThat(saved.coReporterIds()).containsExactly(colleague);

			// 미리보기 from the action bar, by keyboard, with text typed after the save.
			desktop.findElement(By.id("headline")).click();
			new Actions(desktop).sendKeys(Keys.END).perform();
			ime.type(" 재확인");
			String editor = desktop.getWindowHandle();
			WebElement preview = desktop.findElement(By.cssSelector(".nr-actionbar button[data-preview]"));
			desktop.executeScript("arguments[0].focus()", preview);
			new Actions(desktop).sendKeys(Keys.ENTER).perform();
			waitFor(desktop).until(d -> d.getWindowHandles().size() == 2);
			for (String handle : desktop.getWindowHandles()) {
				if (!handle.equals(editor)) {
					desktop.switchTo().window(handle);
				}
			}
			waitFor(desktop).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id + "/preview"));
			WebElement frame = desktop.findElement(By.id("preview-frame"));
			// The frame runs no script of its own (sandbox): it is read from this page, as the same origin.
			waitFor(desktop).until(d -> inFrame(d, "h1.headline") != null);
			assertThat(frameWidth(desktop)).isEqualTo(360L);
			assertThat(inFrame(desktop, "h1.headline")).isEqualTo("시장 “물가 잡겠다” 약속 재확인");
			assertThat(inFrame(desktop, ".deck")).isEqualTo("▲물가 대책※");
			assertThat(inFrame(desktop, ".byline .reporter")).contains("한지우 기자").contains("문서진 기자");
			// That the preview stores nothing is EditorToolsIntegrationTests' to show: here the editor's own autosave
			// may store what was typed at any moment, as it should.

			// The width by keyboard: the arrow key moves from 360 to 1280.
			desktop.findElement(By.id("preview-360")).sendKeys(Keys.ARROW_RIGHT);
			assertThat(desktop.findElement(By.id("preview-1280")).isSelected()).isTrue();
			waitFor(desktop).until(d -> frameWidth(d) == 1280L);
			assertThat(frame.getRect().getWidth()).isGreaterThanOrEqualTo(1280);
			assertSeriousViolations(desktop, "미리보기 (1280)");
			desktop.close();
			desktop.switchTo().window(editor);
		}
		finally {
			articles.delete(id);
		}
	}

	@Test
	void theNewPagesAreValidHtmlAndAccessibleOnAPhoneAndADesktop() throws Exception {
		long writer = NewsroomFixtures.reporter(people);
		NewsroomFixtures.otherReporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, writer, "검사용 미리보기 기사",
				"<p>검사용 본문입니다.</p>");
		// A 연재 named to the limit (40 characters) is one of the editor's choices: it must not widen a phone's page
		// (CI's first run had such a series from another test, and the page scrolled sideways at 361 px).
		Series longName = catalog.save(null, "long-name-" + System.nanoTime() % 1_000_000,
				"지방 소멸의 최전선에서 만난 사람들과 그들이 지키려는 마을의 기록 연속", "", true);
		try {
			List<String> paths = List.of("/newsroom/articles/new", "/newsroom/articles/" + article.id(),
					"/newsroom/articles/" + article.id() + "/preview", "/newsroom/password");
			for (ChromeDriver driver : List.of(desktop, phone)) {
				login(driver, NewsroomFixtures.REPORTER);
				String cookie = "SINMUN_SESSION=" + driver.manage().getCookieNamed("SINMUN_SESSION").getValue();
				for (String path : paths) {
					HttpResponse<String> response = HttpClient.newHttpClient()
						.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
								HttpResponse.BodyHandlers.ofString());
					assertThat(response.statusCode()).as(path).isEqualTo(200);
					assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on %s", path).isEmpty();
					driver.get(url(path));
					long width = (Long) driver.executeScript("return window.innerWidth");
					assertSeriousViolations(driver, path + " at " + width + " px");
					assertThat((Boolean) driver.executeScript(
							"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
						.as("no sideways scroll on %s at %s px", path, width)
						.isTrue();
				}
			}
		}
		finally {
			articles.delete(article.id());
			catalog.save(longName.id(), longName.slug(), longName.name(), "", false);
		}
	}

	private static String inFrame(WebDriver driver, String selector) {
		return (String) ((JavascriptExecutor) driver).executeScript("var found = document.getElementById('preview-frame').contentDocument"
				+ ".querySelector(arguments[0]); return found ? found.textContent.trim().replace(/\\s+/g, ' ') : null", selector);
	}

	private static long frameWidth(WebDriver driver) {
		return (Long) ((JavascriptExecutor) driver).executeScript("return document.getElementById('preview-frame').contentWindow.innerWidth");
	}

	private static void assertSeriousViolations(ChromeDriver driver, String where) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> serious = new ArrayList<>();
		results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.forEach(rule -> serious.add(rule.getId() + ": "
					+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList()));
		assertThat(serious).as("axe-core on %s", where).isEmpty();
	}

}
