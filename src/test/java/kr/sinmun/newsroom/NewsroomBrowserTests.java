package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.Browsers;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom in a real browser: writing Korean through the IME path, photos, the reporter → desk → reader
 * path, autosave through a lost connection and an expired session, edit conflicts and scheduled publishing.
 */
class NewsroomBrowserTests extends IntegrationTest {

	private static ChromeDriver first;

	private static ChromeDriver second;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	ShiftableClock clock;

	@BeforeAll
	static void startBrowsers() {
		first = Browsers.desktop();
		second = Browsers.desktop();
	}

	@AfterAll
	static void stopBrowsers() {
		if (first != null) {
			first.quit();
		}
		if (second != null) {
			second.quit();
		}
	}

	@BeforeEach
	void people() {
		NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
	}

	@AfterEach
	void logOut() {
		clock.reset();
		for (ChromeDriver driver : List.of(first, second)) {
			driver.get(url("/newsroom/login"));
			driver.manage().deleteAllCookies();
			driver.executeScript("localStorage.clear()");
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(ChromeDriver driver, String username, String password) {
		driver.get(url("/newsroom/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(driver).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
	}

	private static WebDriverWait waitFor(ChromeDriver driver) {
		// The editor's buttons submit a form, so a condition polled while the next page loads may hold an element
		// of the page that is going away; the next poll finds it on the new page.
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private static void waitForStatus(ChromeDriver driver, String text) {
		waitFor(driver).until(d -> d.findElement(By.id("save-status")).getText().contains(text));
	}

	private static WebElement body(ChromeDriver driver) {
		return waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#body-editor .ProseMirror")));
	}

	private static void placeCaretAtEnd(ChromeDriver driver) {
		WebElement body = body(driver);
		body.click();
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).perform();
	}

	private static void click(ChromeDriver driver, WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static WebElement button(ChromeDriver driver, String label) {
		WebElement button = buttonOrNull(driver, label);
		if (button == null) {
			throw new AssertionError("no button " + label);
		}
		return button;
	}

	/** For waits: null until the page shows the button, which a wait takes as "not yet". */
	private static WebElement buttonOrNull(ChromeDriver driver, String label) {
		return driver.findElements(By.cssSelector("button"))
			.stream()
			.filter(button -> button.getText().equals(label))
			.findFirst()
			.orElse(null);
	}

	private long openNewArticle(ChromeDriver driver) {
		click(driver, driver.findElement(By.cssSelector(".nr-user button.primary")));
		waitFor(driver).until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+"));
		return Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
	}

	@Test
	void reporterWritesKoreanWithPhotoSubmitsAndTheDeskPublishesToReaders() throws Exception {
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		long id = openNewArticle(first);
		HangulIme ime = new HangulIme(first);

		first.findElement(By.id("headline")).click();
		ime.type("하나로 묶인 반도체 수출 석 달 만에 반등");
		first.findElement(By.id("subheadline")).click();
		ime.type("설립했다는 소식에 업계가 반겼다");

		body(first).click();
		ime.type("첫 문단은 빠르게 입력한 한글이다.");
		new Actions(first).sendKeys(Keys.ENTER).perform();
		ime.type("새 문단 첫머리에서 바로 조합한다.");
		new Actions(first).sendKeys(Keys.ENTER).perform();
		ime.type("관련 자료");
		new Actions(first).keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT).perform();
		click(first, button(first, "링크"));
		first.switchTo().alert().sendKeys("https://example.com/data");
		first.switchTo().alert().accept();
		// As a person would: the link is in place and the editor has focus again before typing goes on.
		waitFor(first).until(d -> !d.findElements(By.cssSelector("#body-editor a[href='https://example.com/data']")).isEmpty()
				&& Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
						"return document.activeElement === document.querySelector('#body-editor .ProseMirror')")));
		new Actions(first).sendKeys(Keys.END).perform();
		ime.type("에 따르면 수출이 늘었다.");

		// The headline counter counts Hangul syllables and warns past the portals' limit.
		assertThat(first.findElement(By.id("headline-count")).getText()).startsWith("23자");

		click(first, button(first, "사진"));
		Path photo = NewsroomFixtures.photo();
		first.findElement(By.id("photo-file")).sendKeys(photo.toString());
		first.findElement(By.id("photo-alt")).sendKeys("항구에 쌓인 수출 컨테이너");
		first.findElement(By.id("photo-caption")).sendKeys("부산항 신선대부두의 컨테이너");
		first.findElement(By.id("photo-credit")).sendKeys("사진=한지우 기자");
		first.findElement(By.cssSelector("#photo-form button[type=submit]")).click();
		waitFor(first).until(d -> !d.findElements(By.cssSelector("#body-editor figure img")).isEmpty());

		waitForStatus(first, "자동 저장됨");
		click(first, button(first, "송고"));
		waitFor(first).until(d -> d.findElement(By.cssSelector(".nr-state")).getText().contains("송고"));

		ArticleDetail submitted = articles.find(id).orElseThrow();
		assertThat(submitted.headline()).isEqualTo("하나로 묶인 반도체 수출 석 달 만에 반등");
		assertThat(submitted.subheadline()).isEqualTo("설립했다는 소식에 업계가 반겼다");
		assertThat(submitted.bodyHtml()).contains("<p>첫 문단은 빠르게 입력한 한글이다.</p>")
			.contains("<p>새 문단 첫머리에서 바로 조합한다.</p>")
			.contains("<a href=\"https://example.com/data\" rel=\"nofollow\">관련 자료</a>에 따르면 수출이 늘었다.</p>")
			.contains("alt=\"항구에 쌓인 수출 컨테이너\"")
			.contains("<figcaption>부산항 신선대부두의 컨테이너 <span class=\"credit\">사진&#61;한지우 기자</span></figcaption>");
		// Once sent, the reporter can no longer change it; the page shows it read-only.
		assertThat(first.findElement(By.id("headline")).getAttribute("readonly")).isNotNull();

		login(second, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		WebElement queued = second.findElement(By.xpath(
				"//section[h2='송고 대기']//a[text()='하나로 묶인 반도체 수출 석 달 만에 반등']"));
		click(second, queued);
		click(second, waitFor(second).until(d -> buttonOrNull(second, "지금 출고")));
		waitFor(second).until(d -> d.findElement(By.cssSelector(".nr-state")).getText().contains("출고"));
		click(second, second.findElement(By.linkText("독자 화면에서 보기")));
		waitFor(second).until(d -> d.getCurrentUrl().contains("/news/" + id));
		assertThat(second.findElement(By.cssSelector("h1")).getText()).isEqualTo("하나로 묶인 반도체 수출 석 달 만에 반등");
		assertThat(second.findElement(By.cssSelector("article")).getText()).contains("새 문단 첫머리에서 바로 조합한다.")
			.contains("관련 자료에 따르면 수출이 늘었다.")
			.contains("부산항 신선대부두의 컨테이너");
		// Readers get the WebP copy when their browser takes it, and a smaller one on a small screen.
		assertThat(second.findElement(By.cssSelector("article figure picture source[type='image/webp']")).getAttribute("srcset"))
			.contains("-320.webp 320w").contains("-640.webp 640w");
		assertThat(((Number) second.executeScript(
				"return document.querySelector('article figure picture img').naturalWidth")).intValue()).isPositive();
		assertThat(articles.transitions(id)).extracting(step -> step.to().name())
			.containsExactly("DRAFT", "SUBMITTED", "PUBLISHED");
	}

	@Test
	void autosaveKeepsTypingThroughALostConnectionAndAnExpiredSession() {
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		long id = openNewArticle(first);
		HangulIme ime = new HangulIme(first);
		first.findElement(By.id("headline")).click();
		ime.type("연결 시험 기사");
		waitForStatus(first, "자동 저장됨");
		assertThat(articles.find(id).orElseThrow().headline()).isEqualTo("연결 시험 기사");

		first.executeCdpCommand("Network.enable", Map.of());
		first.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		placeCaretAtEnd(first);
		ime.type("연결이 끊긴 동안 쓴 문장.");
		waitForStatus(first, "연결이 끊겨");
		assertThat(articles.find(id).orElseThrow().bodyHtml()).doesNotContain("끊긴 동안");

		first.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		waitForStatus(first, "자동 저장됨");
		assertThat(articles.find(id).orElseThrow().bodyHtml()).contains("연결이 끊긴 동안 쓴 문장.");

		// The session ends (expired, or the server forgot it) while the reporter keeps typing.
		first.manage().deleteCookieNamed("SINMUN_SESSION");
		placeCaretAtEnd(first);
		new Actions(first).sendKeys(Keys.ENTER).perform();
		ime.type("로그인이 끝난 뒤 쓴 문장.");
		waitForStatus(first, "로그인이 만료");
		click(first, first.findElement(By.linkText("다시 로그인하고 저장하기")));
		waitFor(first).until(d -> d.getCurrentUrl().contains("/newsroom/login"));
		first.findElement(By.id("username")).sendKeys(NewsroomFixtures.REPORTER);
		first.findElement(By.id("password")).sendKeys(NewsroomFixtures.PASSWORD);
		first.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(first).until(d -> d.getCurrentUrl().contains("/newsroom/articles/" + id));
		waitForStatus(first, "자동 저장됨");
		assertThat(articles.find(id).orElseThrow().bodyHtml()).contains("연결이 끊긴 동안 쓴 문장.")
			.contains("로그인이 끝난 뒤 쓴 문장.");
	}

	@Test
	void aSecondSaveOverSomeoneElsesGetsAConflictWarningNotASilentOverwrite() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, reporter, "충돌 시험 원래 제목",
				"<p>처음 쓴 본문.</p>");
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		login(second, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		first.get(url("/newsroom/articles/" + article.id()));
		second.get(url("/newsroom/articles/" + article.id()));

		WebElement headline = first.findElement(By.id("headline"));
		headline.click();
		new Actions(first).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		new HangulIme(first).type("기자가 고친 제목");
		waitForStatus(first, "자동 저장됨");

		placeCaretAtEnd(second);
		new HangulIme(second).type(" 데스크가 덧붙인 문장.");
		WebElement conflict = waitFor(second).until(d -> {
			WebElement box = d.findElement(By.id("conflict-live"));
			return box.isDisplayed() ? box : null;
		});
		assertThat(conflict.getText()).contains("다른 사람이 먼저 저장했습니다").contains("한지우");
		assertThat(conflict.findElement(By.cssSelector("ins")).getText()).contains("기자가 고친");
		ArticleDetail stored = articles.find(article.id()).orElseThrow();
		assertThat(stored.headline()).isEqualTo("기자가 고친 제목");
		assertThat(stored.bodyHtml()).doesNotContain("데스크가 덧붙인");

		click(second, button(second, "내 글로 저장"));
		waitForStatus(second, "자동 저장됨");
		assertThat(articles.find(article.id()).orElseThrow().bodyHtml()).contains("데스크가 덧붙인 문장.");
		// Nothing is lost either way: the reporter's version is a revision that can be restored.
		assertThat(articles.revisions(article.id())).extracting(revision -> revision.headline())
			.contains("기자가 고친 제목", "충돌 시험 원래 제목");
	}

	@Test
	void aScheduledArticleAppearsForReadersWhenItsTimeComes() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, reporter, "예약 출고 시험 기사",
				"<p>정해진 시각에 독자에게 보인다.</p>");
		login(second, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		second.get(url("/newsroom/articles/" + article.id()));
		String inAnHour = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), KoreanDates.SEOUL)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		second.executeScript("document.getElementById('publishAt').value = arguments[0]", inAnHour);
		click(second, button(second, "예약 출고"));
		waitFor(second).until(d -> d.findElement(By.cssSelector(".nr-state")).getText().contains("예약"));
		assertThat(web().get("/news/" + article.id()).status()).isEqualTo(404);
		assertThat(web().get("/").body()).doesNotContain("예약 출고 시험 기사");

		clock.shift(Duration.ofMinutes(61));
		waitFor(second).until(d -> web().get("/news/" + article.id()).status() == 200);
		waitFor(second).until(d -> web().get("/").body().contains("예약 출고 시험 기사"));
		assertThat(articles.transitions(article.id())).last()
			.satisfies(step -> assertThat(step.publishAt()).isAfter(step.at()));
	}

	@Test
	void newsroomPagesAreValidHtmlAndAccessible() throws Exception {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, reporter, "검사용 기사", "<p>첫 버전.</p>");
		articles.revise(article.id(), new kr.sinmun.article.ArticleText(article.sectionId(), reporter, "검사용 기사",
				null, "<p>둘째 버전.</p>", List.of()), article.version(), reporter);
		login(first, "admin", ADMIN_PASSWORD);
		String cookie = "SINMUN_SESSION=" + first.manage().getCookieNamed("SINMUN_SESSION").getValue();
		HttpClient http = HttpClient.newHttpClient();
		List<String> paths = List.of("/newsroom", "/newsroom/articles", "/newsroom/articles?status=SUBMITTED&q=%EA%B8%B0",
				"/newsroom/articles/" + article.id(), "/newsroom/articles/" + article.id() + "/revisions",
				"/newsroom/articles/" + article.id() + "/revisions/1", "/newsroom/password", "/newsroom/admin/users",
				"/newsroom/admin/users/new", "/newsroom/articles/987654321", "/newsroom/frontpage",
				"/newsroom/admin/weather", "/newsroom/admin/audit", "/newsroom/admin/sections", "/newsroom/admin/pages",
				"/newsroom/admin/pages/about", "/newsroom/admin/settings", "/newsroom/portal", "/newsroom/export",
				"/newsroom/admin/ads", "/newsroom/admin/ads/new");
		for (String path : paths) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Cookie", cookie)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on %s", path).isEmpty();
			first.get(url(path));
			assertSeriousViolations(first, path);
		}
		first.manage().deleteAllCookies();
		first.get(url("/newsroom/login?error=bad&username=someone"));
		assertThat(HtmlChecker.errors(http.send(HttpRequest.newBuilder(URI.create(url("/newsroom/login"))).build(),
				HttpResponse.BodyHandlers.ofString()).body())).isEmpty();
		assertSeriousViolations(first, "/newsroom/login");
	}

	private static void assertSeriousViolations(ChromeDriver driver, String path) {
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
			.toList()).as("axe-core on %s", path).isEmpty();
	}

}
