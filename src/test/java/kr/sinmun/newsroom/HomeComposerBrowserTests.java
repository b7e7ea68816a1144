package kr.sinmun.newsroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.people.People;
import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.SiteSettings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper's own front page in a real browser: the logo from 설정 in the masthead, 홈 편집 used by keyboard with
 * the home following at 360 and 1280 px, its 미리보기 of what is typed but not applied, and the 전체메뉴 disclosure
 * under a menu that stays at the top.
 */
@Tag("browser")
class HomeComposerBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	BrandLogo logos;

	@Autowired
	SiteSettings settings;

	@Autowired
	FrontPage frontPage;

	@Autowired
	People people;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(ChromeDriver driver) {
		NewsroomLogin.as(driver, port, "admin", ADMIN_PASSWORD);
	}

	private static WebDriverWait waitFor(ChromeDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static void watchLayoutShifts(ChromeDriver driver) {
		driver.executeScript("""
				window.__shift = 0;
				new PerformanceObserver(list => list.getEntries().forEach(entry => {
				  if (!entry.hadRecentInput) window.__shift += entry.value;
				})).observe({type: 'layout-shift', buffered: true});""");
	}

	// Valid, accessible, no layout shift and no sideways scroll: what every reader page keeps.
	private void assertReaderPageHolds(ChromeDriver driver) {
		Object width = driver.executeScript("return window.innerWidth");
		assertThat(HtmlChecker.errors(web().get("/").body()))
			.as("Nu at %s px", width).isEmpty();
		assertThat(new AxeBuilder().analyze(driver).getViolations())
			.filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.as("axe at %s px", width)
			.isEmpty();
		assertThat(((Number) driver.executeScript("return window.__shift")).doubleValue()).as("CLS at %s px", width)
			.isEqualTo(0.0);
		assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue())
			.as("sideways scroll at %s px", width)
			.isLessThanOrEqualTo(((Number) driver.executeScript("return window.innerWidth")).longValue());
	}

	private static double top(ChromeDriver driver, String selector) {
		return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top + window.scrollY",
				driver.findElement(By.cssSelector(selector)))).doubleValue();
	}

	// Presses a button as a keyboard user does: focus on it, then Enter.
	private static void press(ChromeDriver driver, WebElement button) {
		driver.executeScript("arguments[0].focus()", button);
		new Actions(driver).sendKeys(Keys.ENTER).perform();
	}

	@Test
	void aLogoUploadedInSettingsShowsInTheMasthead() throws Exception {
		Path file = Files.createTempFile("logo", ".svg");
		try {
			Files.writeString(file, BrandLogoIntegrationTests.SVG_LOGO);
			login(desktop);
			desktop.get(url("/newsroom/admin/settings"));
			desktop.findElement(By.id("logo-LIGHT")).sendKeys(file.toString());
			desktop.findElement(By.cssSelector(".nr-logo-form button.primary")).click();
			waitFor(desktop).until(d -> d.getCurrentUrl().contains("done=logo"));
			assertThat(desktop.findElement(By.cssSelector(".nr-logo-preview img")).getAttribute("alt")).isEqualTo("지금 쓰는 로고");
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get(url("/"));
				watchLayoutShifts(driver);
				WebElement logo = driver.findElement(By.cssSelector("header .logo img"));
				assertThat(logo.getAttribute("alt")).isEqualTo(settings.current().name());
				waitFor(driver).until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", logo)).intValue() > 0);
				assertThat(logo.getRect().getHeight()).isBetween(30, 50);
				assertReaderPageHolds(driver);
			}
		}
		finally {
			logos.remove(BrandLogo.Variant.LIGHT);
			Files.deleteIfExists(file);
		}
	}

	@Test
	void theComposerReordersBoxesByKeyboardAndTheHomeFollowsAt360And1280() {
		try {
			login(desktop);
			desktop.get(url("/newsroom/frontpage/layout"));
			// Wide screens: 최신 기사 above HOT클릭 in the side column.
			press(desktop, desktop.findElement(By.cssSelector("button[aria-label='최신 기사 위로']")));
			waitFor(desktop).until(d -> d.getCurrentUrl().contains("done"));
			List<String> side = desktop.findElements(By.cssSelector(".nr-boxes[data-area=SIDE] .nr-box-name strong"))
				.stream().map(WebElement::getText).toList();
			assertThat(side).startsWith("최신 기사", "HOT클릭 · 많이 본 뉴스");
			// Phones: HOT클릭 up to second, above 주요기사.
			press(desktop, desktop.findElement(By.cssSelector("button[aria-label='휴대폰에서 HOT클릭 · 많이 본 뉴스 위로']")));
			// While the page reloads after the press the list may be empty for a moment: wait for it, not index it.
			waitFor(desktop).until(d -> {
				List<WebElement> names = d.findElements(By.cssSelector(".nr-boxes--phone .nr-box-name strong"));
				return names.size() > 1 && names.get(1).getText().equals("HOT클릭 · 많이 본 뉴스");
			});
			assertThat(desktop.findElement(By.cssSelector(".nr-table")).getText()).contains("'최신 기사' 박스를 오른쪽 단에서 위로 옮김")
				.contains("'HOT클릭 · 많이 본 뉴스' 박스를 휴대폰 화면 2번째로 옮김");
			assertThat(desktop.findElements(By.cssSelector(".nr-previews iframe"))).extracting(e -> e.getAttribute("width"))
				.containsExactly("360", "1280");

			desktop.get(url("/"));
			watchLayoutShifts(desktop);
			assertThat(top(desktop, "[data-box=LATEST]")).as("at 1280 px 최신 기사 is above HOT클릭")
				.isLessThan(top(desktop, ".hot-click"));
			assertThat(desktop.findElement(By.cssSelector(".hot-click")).getLocation().getX()).as("in the side column")
				.isGreaterThan(800);
			assertReaderPageHolds(desktop);

			phone.get(url("/"));
			watchLayoutShifts(phone);
			assertThat(top(phone, ".hot-click")).as("at 360 px HOT클릭 comes right after the top story")
				.isGreaterThan(top(phone, ".top-story"))
				.isLessThan(top(phone, "[data-box=LEADS]"));
			assertReaderPageHolds(phone);
		}
		finally {
			frontPage.resetLayout(people.userId("admin").orElseThrow());
		}
	}

	@Test
	void thePreviewShowsTheComposersUnappliedStyleAtBothWidthsAndStoresNothing() {
		List<Box> before = frontPage.layout();
		login(desktop);
		desktop.get(url("/newsroom/frontpage/layout"));
		// 주요기사 as two cards, typed and not applied.
		WebElement leads = desktop.findElements(By.cssSelector(".nr-boxes[data-area=MAIN] .nr-box"))
			.stream()
			.filter(box -> box.findElement(By.cssSelector(".nr-box-name strong")).getText().equals("주요기사"))
			.findFirst()
			.orElseThrow();
		new Select(leads.findElement(By.cssSelector("select[name=style]"))).selectByValue("CARDS");
		WebElement size = leads.findElement(By.cssSelector("input[name=size]"));
		size.clear();
		size.sendKeys("2");
		String composer = desktop.getWindowHandle();
		press(desktop, desktop.findElement(By.cssSelector("#composer-preview button")));
		waitFor(desktop).until(d -> d.getWindowHandles().size() == 2);
		desktop.getWindowHandles().stream().filter(handle -> !handle.equals(composer)).findFirst()
			.ifPresent(handle -> desktop.switchTo().window(handle));
		try {
			waitFor(desktop).until(d -> d.getCurrentUrl().endsWith("/newsroom/frontpage/layout/preview"));
			// The frame runs no script of its own (sandbox): it is read from this page, as the same origin.
			waitFor(desktop).until(d -> previewCards(d) == 2L);
			assertThat(previewFrameWidth(desktop)).isEqualTo(360L);
			desktop.findElement(By.id("preview-360")).sendKeys(Keys.ARROW_RIGHT);
			waitFor(desktop).until(d -> previewFrameWidth(d) == 1280L);
			assertThat(previewCards(desktop)).isEqualTo(2L);
			assertThat(new AxeBuilder().analyze(desktop).getViolations())
				.filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.as("axe on the home preview")
				.isEmpty();
		}
		finally {
			desktop.close();
			desktop.switchTo().window(composer);
		}
		// The composer keeps what was typed; nothing was stored.
		assertThat(size.getAttribute("value")).isEqualTo("2");
		assertThat(frontPage.layout()).isEqualTo(before);
	}

	private static long previewCards(WebDriver driver) {
		return (Long) ((JavascriptExecutor) driver).executeScript("var doc = document.getElementById('preview-frame').contentDocument;"
				+ " return doc ? doc.querySelectorAll('.main-column [data-box=LEADS].box--cards .cards > li').length : 0");
	}

	private static long previewFrameWidth(WebDriver driver) {
		return (Long) ((JavascriptExecutor) driver).executeScript("return document.getElementById('preview-frame').contentWindow.innerWidth");
	}

	@Test
	void theAllSectionsMenuOpensAndClosesByKeyboardUnderAMenuThatStaysAtTheTop() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/"));
			watchLayoutShifts(driver);
			WebElement button = driver.findElement(By.cssSelector(".all-menu-button"));
			WebElement panel = driver.findElement(By.id("all-menu"));
			assertThat(button.getText()).isEqualTo("전체메뉴");
			assertThat(panel.isDisplayed()).isFalse();
			press(driver, button);
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(panel.isDisplayed()).isTrue();
			assertThat(panel.findElements(By.cssSelector(".all-menu-list a"))).extracting(WebElement::getText)
				.contains("홈", "정치", "경제", "오피니언");
			new Actions(driver).sendKeys(Keys.ESCAPE).perform();
			assertThat(panel.isDisplayed()).isFalse();
			assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
			assertThat(driver.switchTo().activeElement()).as("the focus is back on the button").isEqualTo(button);

			driver.executeScript("window.scrollTo(0, 2500)");
			waitFor(driver).until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.scrollY")).intValue() > 1000);
			assertThat(((Number) driver.executeScript(
					"return document.querySelector('nav.menu').getBoundingClientRect().top")).doubleValue())
				.as("the menu stays at the top").isEqualTo(0.0);
			driver.executeScript("window.scrollTo(0, 0)");
			assertReaderPageHolds(driver);
		}
	}

}
