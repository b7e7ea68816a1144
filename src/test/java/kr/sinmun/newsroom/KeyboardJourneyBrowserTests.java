package kr.sinmun.newsroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.Browsers;
import kr.sinmun.people.People;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One story from the reporter's first key to the reader's page, with nothing but a keyboard: Tab and Shift+Tab to
 * move, Enter and the arrow keys to press and choose, Ctrl+S to save, Hangul through the IME path. The reporter
 * uploads a photo to 사진 보관함 and writes its caption, writes a long article with a quotation from the 특수문자
 * palette, puts the photo in from the editor's picker, previews it at a phone's and a desktop's width and sends
 * it; the desk's 반려 needs a note (refused in Korean without one); the reporter reads the note, fixes the story and
 * sends it again; the desk publishes it and the reader's page shows the photo with its caption. No element is
 * clicked and no element is focused by script: every control is reached by the keys a person would press, and where
 * it matters the focus is visible. Whatever a keyboard could not reach failed here and was fixed in the product.
 */
@Tag("browser")
class KeyboardJourneyBrowserTests extends IntegrationTest {

	/** More Tab presses than any page here needs; a control further away than this is out of a keyboard's reach. */
	private static final int REACH = 200;

	private static ChromeDriver reporter;

	private static ChromeDriver desk;

	@Autowired
	Articles articles;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowsers() {
		reporter = Browsers.desktop();
		desk = Browsers.desktop();
	}

	@AfterAll
	static void stopBrowsers() {
		for (ChromeDriver driver : new ChromeDriver[] { reporter, desk }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriverWait waitFor(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static WebElement focused(WebDriver driver) {
		return driver.switchTo().activeElement();
	}

	private static void press(WebDriver driver, CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	private static void chord(WebDriver driver, Keys modifier, CharSequence key) {
		new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
	}

	/**
	 * Presses Tab (or Shift+Tab) until the focused element is the one wanted, as a keyboard user would, and checks
	 * that the browser shows where the focus is. Fails if the element is out of reach.
	 */
	private static WebElement tabTo(WebDriver driver, String what, boolean backwards, Predicate<WebElement> wanted) {
		List<String> passed = new ArrayList<>();
		for (int presses = 0; presses < REACH; presses++) {
			if (backwards) {
				chord(driver, Keys.SHIFT, Keys.TAB);
			}
			else {
				press(driver, Keys.TAB);
			}
			WebElement now = focused(driver);
			if (wanted.test(now)) {
				assertFocusVisible(driver, what);
				return now;
			}
			if (passed.size() < 40) {
				passed.add(describe(now));
			}
		}
		return fail("%s is not reachable with %s within %d presses; passed %s", what, backwards ? "Shift+Tab" : "Tab",
				REACH, passed);
	}

	private static WebElement tabTo(WebDriver driver, String what, Predicate<WebElement> wanted) {
		return tabTo(driver, what, false, wanted);
	}

	private static Predicate<WebElement> id(String id) {
		return element -> id.equals(element.getAttribute("id"));
	}

	private static Predicate<WebElement> text(String tag, String text) {
		return element -> element.getTagName().equals(tag) && element.getText().strip().equals(text);
	}

	private static Predicate<WebElement> same(WebElement target) {
		return element -> element.equals(target);
	}

	private static String describe(WebElement element) {
		String id = element.getAttribute("id");
		String text = element.getText();
		return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id)
				+ (text == null || text.isBlank() ? "" : "'" + text.strip().lines().findFirst().orElse("") + "'");
	}

	/** The focused element matches :focus-visible and has a drawn outline or ring. */
	private static void assertFocusVisible(WebDriver driver, String what) {
		Object shown = ((JavascriptExecutor) driver).executeScript("""
				const e = document.activeElement;
				if (!e || e === document.body || !e.matches(':focus-visible')) return false;
				const s = getComputedStyle(e);
				return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';""");
		assertThat(shown).as("the focus on %s is visible", what).isEqualTo(true);
	}

	private static void type(ChromeDriver driver, String text) {
		new HangulIme(driver).type(text);
	}

	private void login(ChromeDriver driver, String username) {
		// The address typed into the browser's bar; everything after that is keys on the page.
		driver.get(url("/newsroom/login"));
		driver.manage().deleteAllCookies();
		driver.get(url("/newsroom/login"));
		tabTo(driver, "아이디", id("username"));
		press(driver, username, Keys.TAB);
		assertThat(focused(driver).getAttribute("id")).isEqualTo("password");
		press(driver, NewsroomFixtures.PASSWORD, Keys.ENTER);
		waitFor(driver).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
	}

	private static String state(WebDriver driver) {
		return driver.findElement(By.cssSelector(".nr-state")).getText();
	}

	private static String bodyHtml(WebDriver driver) {
		return (String) ((JavascriptExecutor) driver).executeScript("return document.getElementById('bodyHtml').value");
	}

	/** In the 특수문자 palette, reached by Shift+Tab from a field: the arrows to the key, Enter to put it in. */
	private static void symbolFromPalette(ChromeDriver driver, String name) {
		tabTo(driver, "특수문자", true, element -> element.findElements(By.xpath("parent::div[@id='symbol-palette']")).size() == 1);
		for (int i = 0; i < 12 && !name.equals(focused(driver).getAttribute("aria-label")); i++) {
			press(driver, Keys.ARROW_RIGHT);
		}
		assertThat(focused(driver).getAttribute("aria-label")).isEqualTo(name);
		assertFocusVisible(driver, name);
		press(driver, Keys.ENTER);
	}

	private static boolean inBody(WebDriver driver) {
		return "true".equals(focused(driver).getAttribute("contenteditable"));
	}

	private static String inFrame(WebDriver driver, String script) {
		return String.valueOf(((JavascriptExecutor) driver).executeScript(
				"const doc = document.getElementById('preview-frame').contentDocument; " + script));
	}

	@Test
	void aStoryGoesFromReporterToDeskToReaderWithNothingButTheKeyboard() throws Exception {
		NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
		String mark = "키보드여정" + (System.nanoTime() % 1_000_000);
		String caption = "한강 다리 아래 빈터에 놓인 그늘막과 의자 " + mark;
		String firstHeadline = "한강 다리 밑 빈터 12곳, 주민 쉼터로 " + mark;
		String fixedHeadline = "한강 다리 밑 빈터 13곳, 주민 쉼터로 " + mark;
		Path file = NewsroomFixtures.photo();
		long writer = people.userId(NewsroomFixtures.REPORTER).orElseThrow();
		Long photoId = null;
		Long articleId = null;
		try {
			// 사진 보관함: from the menu, the file field (a path is what a file chooser would give), 올리기, then
			// the new photo's own page through the link the upload leaves, for its caption, credit and description.
			login(reporter, NewsroomFixtures.REPORTER);
			reporter.executeScript("localStorage.clear()");
			tabTo(reporter, "메뉴의 사진 보관함", text("a", "사진 보관함"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.getCurrentUrl().endsWith("/newsroom/photos"));
			tabTo(reporter, "사진 파일 고르기", id("upload-files")).sendKeys(file.toString());
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).getText()).isEqualTo("올리기");
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.findElements(By.cssSelector("#upload-list li[data-state=done]")).size() == 1);
			assertThat(focused(reporter).getText()).as("the focus stays on 올리기").isEqualTo("올리기");
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).getText()).as("Tab after 올리기 reaches the new photo's link").isEqualTo("캡션·출처 쓰기");
			assertFocusVisible(reporter, "캡션·출처 쓰기");
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.getCurrentUrl().matches(".*/newsroom/photos/\\d+$"));
			photoId = Long.parseLong(reporter.getCurrentUrl().replaceAll(".*/(\\d+)$", "$1"));
			tabTo(reporter, "캡션", id("ph-caption"));
			type(reporter, caption);
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("ph-credit");
			type(reporter, "사진=한지우 기자");
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("ph-alt");
			type(reporter, "다리 아래 그늘막 밑 나무 의자에 앉아 쉬는 주민들");
			tabTo(reporter, "사진 저장", text("button", "저장"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.findElements(By.cssSelector(".nr-notice")).size() == 1);
			assertThat(reporter.findElement(By.id("ph-caption")).getAttribute("value")).isEqualTo(caption);

			// 새 기사 쓰기 from the header; the headline, then the body in three paragraphs.
			tabTo(reporter, "새 기사 쓰기", text("a", "새 기사 쓰기"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/new"));
			tabTo(reporter, "제목", id("headline"));
			type(reporter, firstHeadline);
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("subheadline");
			type(reporter, "그늘막·의자·작은 도서함부터… 조명 늘리고 밤 순찰도");
			// The body's toolbar is one Tab stop between the subheadline and the body.
			press(reporter, Keys.TAB);
			assertThat(focused(reporter).findElements(By.xpath("parent::div[@id='body-toolbar']"))).hasSize(1);
			press(reporter, Keys.TAB);
			assertThat(inBody(reporter)).as("Tab from the toolbar reaches the body").isTrue();
			assertFocusVisible(reporter, "본문");
			type(reporter, "서울시가 내년 봄부터 한강 다리 아래 빈터 열두 곳을 주민 쉼터로 바꾼다. 시는 지난달 세 차례 연 주민 설명회에서 "
					+ "나온 의견을 받아들여 그늘막과 나무 의자, 누구나 책을 꺼내 읽을 수 있는 작은 도서함을 먼저 놓기로 했다.");
			press(reporter, Keys.ENTER);
			type(reporter, "시 관계자는 ");
			symbolFromPalette(reporter, "여는 큰따옴표");
			waitFor(reporter).until(d -> inBody(d));
			type(reporter, "다리 밑은 어둡고 위험하다는 생각을 바꾸는 것이 첫 목표");
			symbolFromPalette(reporter, "닫는 큰따옴표");
			waitFor(reporter).until(d -> inBody(d));
			type(reporter, "라며 조명을 지금의 두 배로 늘리고 해가 진 뒤에는 자치구와 함께 순찰을 돌겠다고 말했다.");
			press(reporter, Keys.ENTER);
			type(reporter, "사업비는 모두 24억 원으로, 절반은 다리가 걸친 자치구들이 나눠 낸다. 주민들은 반기면서도 장마철마다 "
					+ "둔치가 잠기는 만큼 침수 대책부터 세워 달라고 입을 모았다.");
			waitFor(reporter).until(d -> bodyHtml(d).contains("입을 모았다."));
			assertThat(bodyHtml(reporter)).contains("<p>시 관계자는 “다리 밑은 어둡고 위험하다는 생각을 바꾸는 것이 첫 목표”라며 ");

			// The photo from the library, at the body's end: Shift+Tab to the toolbar, the arrows to 사진 보관함.
			chord(reporter, Keys.CONTROL, Keys.END);
			press(reporter, Keys.ENTER);
			tabTo(reporter, "본문 서식", true, element -> element.findElements(By.xpath("parent::div[@id='body-toolbar']")).size() == 1);
			for (int i = 0; i < 20 && !focused(reporter).getText().equals("사진 보관함"); i++) {
				press(reporter, Keys.ARROW_RIGHT);
			}
			assertThat(focused(reporter).getText()).isEqualTo("사진 보관함");
			assertFocusVisible(reporter, "사진 보관함");
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.findElement(By.id("library-dialog")).getAttribute("open") != null);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("library-q");
			type(reporter, mark);
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.findElement(By.id("library-summary")).getText().startsWith("찾은 사진 1장"));
			tabTo(reporter, "보관함의 사진", element -> element.getText().contains(caption));
			press(reporter, Keys.ENTER);
			// The photo has its description already: the focus goes to 기사에 넣기; Shift+Tab goes back to the words.
			waitFor(reporter).until(d -> focused(d).getText().equals("기사에 넣기"));
			assertFocusVisible(reporter, "기사에 넣기");
			chord(reporter, Keys.SHIFT, Keys.TAB);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("library-credit");
			chord(reporter, Keys.SHIFT, Keys.TAB);
			assertThat(focused(reporter).getAttribute("id")).isEqualTo("library-caption");
			assertThat(focused(reporter).getAttribute("value")).isEqualTo(caption);
			press(reporter, Keys.TAB, Keys.TAB);
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.findElement(By.id("library-dialog")).getAttribute("open") == null);
			assertThat(inBody(reporter)).as("the focus is back in the body after the picker closes").isTrue();
			assertThat(bodyHtml(reporter)).contains("<figcaption>" + caption + " <span class=\"credit\">사진=한지우 기자</span></figcaption>");

			// Ctrl+S stores the new article; the page becomes the article's.
			chord(reporter, Keys.CONTROL, "s");
			waitFor(reporter).until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+$"));
			articleId = Long.parseLong(reporter.getCurrentUrl().replaceAll(".*/(\\d+)$", "$1"));
			long id = articleId;
			waitFor(reporter).until(d -> articles.find(id).map(a -> a.bodyHtml().contains(mark)).orElse(false));
			assertThat(articles.find(id).orElseThrow().reporterId()).isEqualTo(writer);

			// 미리보기, reached from the body with Shift+Tab, opens a window at the phone's width.
			String editor = reporter.getWindowHandle();
			tabTo(reporter, "미리보기", true, text("button", "미리보기"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.getWindowHandles().size() == 2);
			for (String handle : reporter.getWindowHandles()) {
				if (!handle.equals(editor)) {
					reporter.switchTo().window(handle);
				}
			}
			waitFor(reporter).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id + "/preview"));
			// A boolean, not the element: an element of the frame's document goes stale as seen from this page.
			waitFor(reporter).until(d -> "true".equals(inFrame(d, "return !!(doc && doc.querySelector('h1.headline'))")));
			assertPreview(reporter, firstHeadline, caption, 360);
			tabTo(reporter, "휴대전화 너비", id("preview-360"));
			press(reporter, Keys.ARROW_RIGHT);
			assertThat(reporter.findElement(By.id("preview-1280")).isSelected()).isTrue();
			waitFor(reporter).until(d -> "1280".equals(inFrame(d, "return doc.defaultView.innerWidth")));
			assertPreview(reporter, firstHeadline, caption, 1280);
			// Closing the preview window (Ctrl+W) returns to the editor, whose focus is still on 미리보기.
			reporter.close();
			reporter.switchTo().window(editor);
			assertThat(focused(reporter).getText()).isEqualTo("미리보기");

			// 송고, a few Shift+Tabs away.
			tabTo(reporter, "송고", true, text("button", "송고"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> state(d).equals("상태: 송고"));

			// The desk: the story from its queue; 반려 without a note is refused, in Korean, with the focus on the note.
			login(desk, NewsroomFixtures.DESK);
			WebElement queued = desk.findElement(By.xpath("//section[h2='송고 대기']//a[text()='" + firstHeadline + "']"));
			tabTo(desk, "송고 대기의 기사", same(queued));
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
			tabTo(desk, "반려", text("button", "반려"));
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> d.findElements(By.id("note-error")).size() == 1);
			assertThat(desk.findElement(By.id("note-error")).getText()).isEqualTo("반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.");
			assertThat(desk.findElement(By.cssSelector(".nr-error[role=alert]")).getText())
				.contains("반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.");
			assertThat(focused(desk).getAttribute("id")).as("the focus is on the note that needs writing").isEqualTo("note");
			assertThat(focused(desk).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);
			type(desk, "제목은 12곳인데 보도자료에는 13곳입니다. 마포대교 아래가 빠졌는지 확인해 주십시오.");
			press(desk, Keys.TAB);
			assertThat(focused(desk).getText()).isEqualTo("메모 남기기");
			press(desk, Keys.TAB);
			assertThat(focused(desk).getText()).isEqualTo("반려");
			assertFocusVisible(desk, "반려");
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> state(d).contains("반려"));
			assertThat(articles.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

			// The reporter's home marks the story; the editor shows the mark and the desk's note.
			reporter.get(url("/newsroom"));
			WebElement row = reporter.findElement(By.xpath(
					"//section[h2[starts-with(., '확인할 기사')]]//tr[td/a[text()='" + firstHeadline + "']]"));
			assertThat(row.findElement(By.cssSelector(".nr-mark")).getText()).isEqualTo("반려");
			tabTo(reporter, "확인할 기사", same(row.findElement(By.tagName("a"))));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
			assertThat(state(reporter)).contains("반려");
			assertThat(reporter.findElement(By.cssSelector(".nr-returned")).getText()).contains("데스크가 이 기사를 돌려보냈습니다");
			assertThat(reporter.findElement(By.cssSelector("#notes .nr-note-desk")).getText()).contains("오데스크")
				.contains("마포대교 아래가 빠졌는지 확인해 주십시오.");

			// The fix: the headline retyped, a paragraph added at the body's end; Ctrl+S, then 송고 again.
			tabTo(reporter, "제목", id("headline"));
			chord(reporter, Keys.CONTROL, "a");
			type(reporter, fixedHeadline);
			press(reporter, Keys.TAB, Keys.TAB, Keys.TAB);
			assertThat(inBody(reporter)).isTrue();
			chord(reporter, Keys.CONTROL, Keys.END);
			press(reporter, Keys.ENTER);
			type(reporter, "시는 처음에 열두 곳으로 알렸다가 마포대교 아래 한 곳을 더해 열세 곳으로 고쳐 발표했다.");
			chord(reporter, Keys.CONTROL, "s");
			// Stored by Ctrl+S, or by an autosave just before it (then Ctrl+S says nothing changed).
			waitFor(reporter).until(d -> articles.find(id)
				.map(a -> a.headline().equals(fixedHeadline) && a.bodyHtml().contains("열세 곳으로 고쳐 발표했다."))
				.orElse(false));
			assertThat(reporter.findElement(By.id("save-status")).getText()).matches("(저장했습니다|자동 저장됨|바뀐 내용이 없습니다).*");
			tabTo(reporter, "송고", true, text("button", "송고"));
			press(reporter, Keys.ENTER);
			waitFor(reporter).until(d -> state(d).equals("상태: 송고"));
			assertThat(reporter.findElements(By.cssSelector(".nr-returned"))).isEmpty();

			// The desk publishes it and reads it on the reader's page, reached by its link in 처리 기록.
			desk.get(url("/newsroom"));
			WebElement again = desk.findElement(By.xpath("//section[h2='송고 대기']//a[text()='" + fixedHeadline + "']"));
			tabTo(desk, "송고 대기의 기사", same(again));
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/" + id));
			tabTo(desk, "지금 출고", text("button", "지금 출고"));
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> state(d).equals("상태: 출고"));
			tabTo(desk, "독자 화면에서 보기", text("a", "독자 화면에서 보기"));
			press(desk, Keys.ENTER);
			waitFor(desk).until(d -> d.getCurrentUrl().contains("/news/" + id));
			assertThat(desk.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(fixedHeadline);
			WebElement figure = desk.findElement(By.xpath("//figure[.//figcaption[contains(., '" + mark + "')]]"));
			assertThat(figure.findElement(By.tagName("figcaption")).getText()).contains(caption).contains("사진=한지우 기자");
			// Scrolled to, as a reader's arrow keys would, so a lazily loaded photo loads.
			desk.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
			waitFor(desk).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
					"const img = arguments[0].querySelector('img'); return img.complete && img.naturalWidth > 0", figure));
			assertThat(figure.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("다리 아래 그늘막 밑 나무 의자에 앉아 쉬는 주민들");
			assertThat(desk.findElement(By.tagName("body")).getText()).contains("마포대교 아래 한 곳을 더해 열세 곳으로")
				.contains("“다리 밑은 어둡고 위험하다는 생각을 바꾸는 것이 첫 목표”라며");
			assertThat(articles.transitions(id)).extracting(step -> step.to().name())
				.containsSequence("SUBMITTED", "DRAFT", "SUBMITTED", "PUBLISHED");
		}
		finally {
			// Taken down and deleted, so the home page and the lists of other tests are as they were.
			if (articleId != null) {
				articles.delete(articleId);
			}
			if (photoId != null) {
				jdbc.sql("DELETE FROM media WHERE id = :id").param("id", photoId).update();
			}
			Files.deleteIfExists(file);
		}
	}

	/** The preview frame at the reader's layout: the headline, the photo loaded and within the width, its caption. */
	private static void assertPreview(ChromeDriver driver, String headline, String caption, int width) {
		assertThat(inFrame(driver, "return doc.defaultView.innerWidth")).isEqualTo(String.valueOf(width));
		assertThat(inFrame(driver, "return doc.querySelector('h1.headline').textContent.trim()")).isEqualTo(headline);
		// Scrolled to, so a lazily loaded photo loads.
		inFrame(driver, "const img = doc.querySelector('figure img'); if (img) img.scrollIntoView({block: 'center'}); return !!img");
		waitFor(driver).until(d -> "true".equals(inFrame(d,
				"const img = doc.querySelector('figure img'); return !!img && img.complete && img.naturalWidth > 0")));
		assertThat(inFrame(driver, "return doc.querySelector('figure figcaption').textContent")).contains(caption)
			.contains("사진=한지우 기자");
		assertThat(Double.parseDouble(inFrame(driver, "return doc.querySelector('figure img').getBoundingClientRect().right")))
			.as("the photo fits the %s px page", width)
			.isLessThanOrEqualTo(width);
	}

}
