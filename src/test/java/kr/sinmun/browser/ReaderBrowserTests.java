package kr.sinmun.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader sees in a real browser, on a phone and on a desktop, and whether every page is valid and accessible. */
@Tag("browser")
class ReaderBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static Object script(WebDriver driver, String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static void assertNoHorizontalScroll(WebDriver driver) {
		long scrollWidth = ((Number) script(driver, "return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) script(driver, "return window.innerWidth")).longValue();
		assertThat(scrollWidth).as("page wider than the screen").isLessThanOrEqualTo(viewport);
	}

	private ArticleDetail photoArticle() {
		return articles.all(sections.bySlug("culture").orElseThrow().id(), new ArticleViewer(0, true), 1, 50)
			.items()
			.stream()
			.filter(article -> article.imageUrl() != null)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void homePageReadsWellOnAPhoneAndOnADesktop() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/"));
			assertThat(driver.getTitle()).isEqualTo("신문일보");
			assertThat(driver.findElement(By.cssSelector(".today")).getText()).matches("\\d{4}년 \\d{2}월 \\d{2}일 .요일");
			assertThat(driver.findElement(By.cssSelector(".top-story img")).isDisplayed()).isTrue();
			List<WebElement> boxes = driver.findElements(By.cssSelector(".section-box[data-box=SECTION]"));
			// Every section of the menu but 오피니언, which has a box of its own.
			assertThat(boxes).hasSize(7);
			assertThat(boxes.get(0).findElement(By.cssSelector("a.more")).getText()).startsWith("더보기");
			assertThat(driver.findElements(By.cssSelector(".hot-click #most-read-day li"))).hasSize(7);
			assertNoHorizontalScroll(driver);
		}
		// On a desktop the most-read column sits beside the news; on a phone HOT클릭 comes right after the top story
		// and 주요기사, within the first three screens, as the default composition puts it.
		assertThat(desktop.findElement(By.cssSelector(".side-column")).getLocation().getX())
			.isGreaterThan(desktop.findElement(By.cssSelector(".main-column")).getLocation().getX() + 500);
		long phoneScreen = ((Number) script(phone, "return window.innerHeight")).longValue();
		assertThat(phone.findElement(By.cssSelector(".hot-click")).getLocation().getY())
			.isGreaterThan(phone.findElement(By.cssSelector(".top-story")).getLocation().getY())
			.isLessThan((int) (3 * phoneScreen));
	}

	@Test
	void sectionMoreLinkLeadsToTheSectionPage() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/"));
			WebElement more = driver.findElement(By.cssSelector(".section-box a.more[href='/section/industry']"));
			script(driver, "arguments[0].scrollIntoView({block: 'center'})", more);
			more.click();
			new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/section/industry"));
			assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("산업");
			assertThat(driver.findElements(By.cssSelector(".items .item"))).hasSizeGreaterThanOrEqualTo(5);
			assertThat(driver.findElement(By.cssSelector("nav.menu a[aria-current=page]")).getText()).isEqualTo("산업");
			assertNoHorizontalScroll(driver);
		}
	}

	@Test
	void articlePageShowsThePhotoCaptionAndLetsTheReaderEnlargeTheText() {
		ArticleDetail article = photoArticle();
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/news/" + article.id()));
			assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(article.headline());
			WebElement photo = driver.findElement(By.cssSelector(".article-body figure img"));
			assertThat(((Number) script(driver, "return arguments[0].naturalWidth", photo)).intValue()).isGreaterThan(0);
			assertThat(driver.findElement(By.cssSelector(".article-body figcaption")).getText()).contains("그래픽=신문일보");
			assertThat(driver.findElement(By.cssSelector(".byline .times")).getText()).startsWith("입력 ");
			assertNoHorizontalScroll(driver);

			script(driver, "localStorage.clear()");
			driver.navigate().refresh();
			WebElement body = driver.findElement(By.id("article-body"));
			double before = Double.parseDouble(body.getCssValue("font-size").replace("px", ""));
			WebElement larger = driver.findElement(By.cssSelector("button[data-font-step='1']"));
			script(driver, "arguments[0].scrollIntoView({block: 'center'})", larger);
			larger.click();
			double after = Double.parseDouble(body.getCssValue("font-size").replace("px", ""));
			assertThat(after).isGreaterThan(before);
			// The choice is remembered on the next article.
			driver.navigate().refresh();
			double remembered = Double.parseDouble(
					driver.findElement(By.id("article-body")).getCssValue("font-size").replace("px", ""));
			assertThat(remembered).isEqualTo(after);
		}
	}

	@Test
	void suggestsHeadlinesWhileTheReaderTypesHangul() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/"));
			WebElement box = driver.findElement(By.id("search-q"));
			box.sendKeys("데이터");
			// On a slow machine the keystrokes can fall into two suggestion requests, so the list may be drawn for
			// "데이" first and redrawn for "데이터" while it is read: a read or a pick that meets a redraw is tried again.
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
			wait.ignoring(StaleElementReferenceException.class);
			wait.withMessage(() -> "suggestions for 데이터: " + driver.findElements(By.cssSelector("#search-suggestions a"))
				.stream()
				.map(WebElement::getText)
				.toList());
			wait.until(d -> d.findElements(By.cssSelector("#search-suggestions a"))
				.stream()
				.anyMatch(link -> link.getText().contains("데이터센터")));
			assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
			wait.until(d -> {
				WebElement pick = d.findElements(By.cssSelector("#search-suggestions a"))
					.stream()
					.filter(link -> link.getText().startsWith("가람전자"))
					.findFirst()
					.orElse(null);
				if (pick == null) {
					return false;
				}
				pick.click();
				return true;
			});
			new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/news/"));
			assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).startsWith("가람전자");
		}
	}

	// The combobox keys of the WAI-ARIA Authoring Practices: the focus stays in the box while the arrows move
	// through every suggestion and wrap round, Enter opens the one chosen, Escape closes the list.
	@Test
	void suggestionsAreChosenWithTheKeyboard() {
		ChromeDriver driver = desktop;
		driver.get(url("/"));
		WebElement box = driver.findElement(By.id("search-q"));
		box.sendKeys("데이");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
		wait.ignoring(StaleElementReferenceException.class);
		wait.until(d -> d.findElements(By.cssSelector("#search-suggestions [role=option]")).size() >= 2);
		List<WebElement> options = driver.findElements(By.cssSelector("#search-suggestions [role=option]"));
		int count = options.size();

		box.sendKeys(Keys.ARROW_DOWN);
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("suggestion-1");
		assertThat(driver.switchTo().activeElement()).isEqualTo(box);
		assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
		assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("false");
		box.sendKeys(Keys.ARROW_UP);
		box.sendKeys(Keys.ARROW_UP);
		assertThat(box.getAttribute("aria-activedescendant")).as("ArrowUp from the first wraps to the last")
			.isEqualTo("suggestion-" + (count - 1));

		box.sendKeys(Keys.ESCAPE);
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(driver.findElement(By.id("search-suggestions")).isDisplayed()).isFalse();
		assertThat(box.getAttribute("value")).as("Escape on an open list keeps what was typed").isEqualTo("데이");

		box.sendKeys("터");
		wait.until(d -> d.findElements(By.cssSelector("#search-suggestions [role=option]"))
			.stream()
			.anyMatch(option -> option.getText().startsWith("가람전자")));
		List<WebElement> now = driver.findElements(By.cssSelector("#search-suggestions [role=option]"));
		int target = 0;
		while (!now.get(target).getText().startsWith("가람전자")) {
			target++;
		}
		for (int i = 0; i <= target; i++) {
			box.sendKeys(Keys.ARROW_DOWN);
		}
		box.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/news/"));
		assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).startsWith("가람전자");
	}

	@Test
	void searchFindsArticlesAndKeepsTheQueryInTheForm() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/"));
			WebElement box = driver.findElement(By.id("search-q"));
			box.sendKeys("전세 사기를");
			box.submit();
			new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/search"));
			assertThat(driver.findElement(By.cssSelector(".count")).getText()).contains("검색 결과");
			assertThat(driver.findElement(By.cssSelector(".results .item-title")).getText()).startsWith("전세사기");
			assertThat(driver.findElement(By.id("sq")).getAttribute("value")).isEqualTo("전세 사기를");
			assertNoHorizontalScroll(driver);
		}
	}

	@Test
	void showsTheWeatherTickerWithEveryStationAndStopsItForReducedMotion() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
				d.get(url("/page/about?weather"));
				return !d.findElements(By.cssSelector(".weather")).isEmpty();
			});
			List<WebElement> entries = driver.findElements(By.cssSelector(".weather-list:not([aria-hidden]) li"));
			assertThat(entries).hasSize(16);
			assertThat(entries.get(2).getAttribute("textContent")).matches("(맑음|구름조금|구름많음|흐림|비|눈|비/눈|소나기) 서울 \\d+\\.\\d℃");
			assertThat(driver.findElement(By.cssSelector(".weather-credit")).getText()).isEqualTo("기상청 제공");
			assertThat(driver.findElement(By.cssSelector(".weather-track")).getCssValue("animation-name"))
				.isEqualTo("weather-scroll");
			assertNoHorizontalScroll(driver);
		}
		desktop.executeCdpCommand("Emulation.setEmulatedMedia",
				java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		try {
			desktop.navigate().refresh();
			assertThat(desktop.findElement(By.cssSelector(".weather-track")).getCssValue("animation-name")).isEqualTo("none");
			assertThat(desktop.findElement(By.cssSelector(".weather-list--repeat")).isDisplayed()).isFalse();
		}
		finally {
			desktop.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
		}
	}

	@Test
	void copyLinkConfirmsInKorean() {
		desktop.get(url("/news/" + photoArticle().id()));
		WebElement copy = desktop.findElement(By.cssSelector("button[data-share='copy']"));
		script(desktop, "arguments[0].scrollIntoView({block: 'center'})", copy);
		copy.click();
		new WebDriverWait(desktop, Duration.ofSeconds(5))
			.until(d -> !d.findElement(By.cssSelector(".share-status")).getText().isBlank());
		assertThat(desktop.findElement(By.cssSelector(".share-status")).getText()).contains("복사");
	}

	@Test
	void everyPublicPageIsValidHtmlAndHasNoSeriousAccessibilityViolations() {
		List<String> paths = List.of("/", "/section/politics", "/section/opinion", "/news/" + photoArticle().id(),
				"/news/1", "/reporter/2", "/page/about", "/page/youth-policy", "/news/987654321", "/section/politics?page=77", "/search",
				"/search?q=%EA%B8%88%EB%A6%AC", "/search?q=%ED%80%98%EC%9D%B4%EC%82%AC%EB%A5%B4",
				"/search?q=x&from=2025-99-99");
		for (String path : paths) {
			String html = web().get(path).body();
			assertThat(HtmlChecker.errors(html)).as("Nu HTML checker on %s", path).isEmpty();
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get(url(path));
				assertThat(seriousViolations(driver)).as("axe-core on %s", path).isEmpty();
			}
		}
	}

	// Speech-input users say the words they see on a control; a name that does not contain them cannot be spoken.
	@Test
	void articlePageControlsAreNamedByWhatTheyShowOnAPhoneAndOnADesktop() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/news/" + photoArticle().id()));
			assertThat(seriousViolations(driver)).as("axe-core at %s px",
					script(driver, "return window.innerWidth")).isEmpty();
			for (WebElement button : driver.findElements(By.cssSelector(".font-size button"))) {
				String shown = button.getText().lines().findFirst().orElseThrow().strip();
				assertThat(button.getAccessibleName()).as("the name of the button showing %s", shown).startsWith(shown);
			}
		}
	}

	// axe-core leaves label-content-name-mismatch (WCAG 2.5.3) out by default as experimental; we run it too.
	private static List<String> seriousViolations(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		options.setRules(Map.of("label-content-name-mismatch", enabled));
		Results results = new AxeBuilder().withOptions(options).analyze(driver);
		return results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(ReaderBrowserTests::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): "
				+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
	}


}
