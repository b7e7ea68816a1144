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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom in a real browser: writing Korean through the IME path, photos, the reporter → desk → reader
 * path, autosave through a lost connection and an expired session, edit conflicts and scheduled publishing.
 */
@Tag("browser")
class NewsroomBrowserTests extends IntegrationTest {

	/** What both the live conflict box and the 409 page tell the writer to do to keep their text. */
	private static final String OVERWRITE_HINT = "내 글로 덮어쓰려면 '내 글로 저장'을 누르십시오";

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

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void startBrowsers() {
		first = browsers.desktop();
		second = browsers.desktop();
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
			releaseAutosaves(driver);
			NewsroomLogin.out(driver, port);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(ChromeDriver driver, String username, String password) {
		NewsroomLogin.as(driver, port, username, password);
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

	/**
	 * 저장 pressed before the autosave's turn came: no background save reaches the server first. The autosave is
	 * held back in the browser so that the test does not race the 2-second timer.
	 */
	private static void holdAutosaves(ChromeDriver driver) {
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/autosave")));
	}

	private static void releaseAutosaves(ChromeDriver driver) {
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
	}

	private static void typeParagraphs(ChromeDriver driver, HangulIme ime, List<String> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (i > 0) {
				new Actions(driver).sendKeys(Keys.ENTER).perform();
			}
			ime.type(paragraphs.get(i));
		}
	}

	private static void insertPhoto(ChromeDriver driver, String alt, String caption, String credit) throws Exception {
		click(driver, button(driver, "사진"));
		driver.findElement(By.id("photo-file")).sendKeys(NewsroomFixtures.photo().toString());
		driver.findElement(By.id("photo-alt")).sendKeys(alt);
		driver.findElement(By.id("photo-caption")).sendKeys(caption);
		driver.findElement(By.id("photo-credit")).sendKeys(credit);
		driver.findElement(By.cssSelector("#photo-form button[type=submit]")).click();
		waitFor(driver).until(d -> !d.findElements(By.cssSelector("#body-editor figure img")).isEmpty());
	}

	/**
	 * The editor page has loaded and its script has decided what to do with any text the browser kept: it
	 * restored nothing and shows no conflict. (A save it started would still be on its way; pressing a button
	 * next waits for it, so 송고 right after this proves that none conflicted.)
	 */
	private static void assertSettledWithoutConflict(ChromeDriver driver) {
		waitFor(driver).until(d -> "complete".equals(driver.executeScript("return document.readyState"))
				&& !d.findElements(By.cssSelector("#body-editor .ProseMirror")).isEmpty());
		assertThat(driver.findElements(By.cssSelector(".nr-conflict")).stream().filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList()).as("conflict notices").isEmpty();
		assertThat(driver.findElement(By.id("save-status")).getText()).doesNotContain("되살렸습니다")
			.doesNotContain("충돌");
	}

	private static void assertNoCopyKept(ChromeDriver driver, long id) {
		assertThat(driver.executeScript("return localStorage.getItem(arguments[0])", "sinmun:draft:" + id))
			.as("the browser's copy of a text the server has confirmed").isNull();
	}

	/** Presses 송고 and waits for whatever comes back: the article on its way to the desk, or a conflict. */
	private static void submitToDesk(ChromeDriver driver) {
		click(driver, button(driver, "송고"));
		waitFor(driver).until(d -> d.findElement(By.cssSelector(".nr-state")).getText().contains("송고")
				|| d.findElements(By.cssSelector(".nr-conflict")).stream().anyMatch(WebElement::isDisplayed));
		assertThat(driver.findElements(By.cssSelector(".nr-conflict")).stream().filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.toList()).as("conflict notices after 송고").isEmpty();
		assertThat(driver.findElement(By.cssSelector(".nr-state")).getText()).contains("송고");
	}

	/** The desk's queue lists the article; opened, it shows the text the reporter wrote. */
	private String openFromDeskQueue(String headline) {
		login(second, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		WebElement queued = second.findElement(By.xpath("//section[h2='송고 대기']//a[text()='" + headline + "']"));
		click(second, queued);
		return body(second).getText();
	}

	/** 새 기사 쓰기: an empty editor; nothing is stored until the first save. */
	private void openNewArticle(ChromeDriver driver) {
		long before = articles.count();
		click(driver, driver.findElement(By.cssSelector(".nr-user .primary")));
		waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/newsroom/articles/new"));
		assertSettledWithoutConflict(driver);
		assertThat(articles.count()).as("opening the editor stores nothing").isEqualTo(before);
	}

	/** The new article's id, once its first save (autosave or 저장) has given the page its address. */
	private static long savedArticleId(ChromeDriver driver) {
		waitFor(driver).withMessage(() -> "address " + driver.getCurrentUrl() + ", status "
				+ driver.findElement(By.id("save-status")).getText() + ", log " + driver.manage().logs().get("browser").getAll())
			.until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+(\\?.*)?"));
		return Long.parseLong(driver.getCurrentUrl().replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));
	}

	@Test
	void reporterWritesKoreanWithPhotoSubmitsAndTheDeskPublishesToReaders() throws Exception {
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		openNewArticle(first);
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
		long id = savedArticleId(first);
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
	void aPhotoStorySavedAtOnceReloadsWithoutAConflictAndReachesTheDesk() throws Exception {
		String headline = "항만 물동량 석 달 연속 늘어 지역 수출업체 숨통";
		List<String> story = List.of(
				"부산 지역 중소 수출업체들이 하반기 들어 다시 활기를 되찾고 있다. 항만 물동량이 석 달 연속 늘고 "
						+ "컨테이너 운임이 안정되자 미뤄 두었던 선적을 서두르는 업체가 많아졌다.",
				"지역 상공회의소가 회원사 이백여 곳을 조사한 결과 절반 가까이가 다음 분기 수출 계약이 지난해보다 "
						+ "많다고 답했다. 다만 원자재 값과 환율이 여전히 출렁여 낙관하기는 이르다는 목소리도 적지 않았다.",
				"자동차 부품을 만드는 한 업체 대표는 납기를 맞추려고 주말에도 공장을 돌리지만 일할 사람을 구하기가 "
						+ "쉽지 않다며 지원이 현장까지 닿기를 바란다고 했다.");
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		openNewArticle(first);
		holdAutosaves(first);
		HangulIme ime = new HangulIme(first);
		first.findElement(By.id("headline")).click();
		ime.type(headline);
		body(first).click();
		typeParagraphs(first, ime, story);
		insertPhoto(first, "부두에 쌓인 수출 컨테이너", "신선대부두에서 선적을 기다리는 컨테이너", "사진=한지우 기자");

		click(first, button(first, "저장"));
		waitFor(first).until(d -> d.findElement(By.cssSelector(".nr-notice")).getText().contains("저장했습니다"));
		long id = savedArticleId(first);
		assertThat(articles.find(id).orElseThrow().bodyHtml()).contains("alt=\"부두에 쌓인 수출 컨테이너\"")
			.contains(story.get(2));
		assertSettledWithoutConflict(first);
		releaseAutosaves(first);
		first.navigate().refresh();
		assertSettledWithoutConflict(first);
		submitToDesk(first);
		assertNoCopyKept(first, id);

		assertThat(articles.find(id).orElseThrow().status()).isEqualTo(kr.sinmun.article.ArticleStatus.SUBMITTED);
		assertThat(openFromDeskQueue(headline)).contains(story.get(0)).contains(story.get(1)).contains(story.get(2));
		assertThat(second.findElement(By.cssSelector("#body-editor figure img")).getAttribute("alt"))
			.isEqualTo("부두에 쌓인 수출 컨테이너");
	}

	@Test
	void quotedSpeechSavedAtOnceReloadsWithoutAConflictAndReachesTheDesk() {
		String headline = "“골목 손님 돌아오게” 전통시장 상인회, 공영주차장 확충 요구";
		List<String> story = List.of(
				"서울 동북부의 한 전통시장 상인회가 구청에 공영주차장을 늘려 달라고 공식 요청했다. 상인회장은 "
						+ "\"주말마다 차를 댈 곳이 없어 손님들이 발길을 돌린다\"고 말했다.",
				"구청 관계자는 “예산과 부지를 함께 따져 보고 있다”면서도 ‘연내 착공’은 어렵다고 답했다. 상인들은 "
						+ "주차 요금 감면 & 셔틀버스 운행을 함께 요구했다.",
				"상인회 설문에서 만족도 < 60점으로 나온 항목은 주차와 화장실 두 가지였다. 삼십 년째 건어물을 파는 "
						+ "한 상인은 \"손님이 줄어 '버티기'도 힘들다\"고 털어놨다.");
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		openNewArticle(first);
		holdAutosaves(first);
		HangulIme ime = new HangulIme(first);
		first.findElement(By.id("headline")).click();
		ime.type(headline);
		first.findElement(By.id("tags")).click();
		ime.type("전통시장,주차장,상권");
		body(first).click();
		typeParagraphs(first, ime, story);

		click(first, button(first, "저장"));
		waitFor(first).until(d -> d.findElement(By.cssSelector(".nr-notice")).getText().contains("저장했습니다"));
		long id = savedArticleId(first);
		assertThat(TextDiff.plainText(articles.find(id).orElseThrow().bodyHtml())).contains(story.get(2));
		assertSettledWithoutConflict(first);
		releaseAutosaves(first);
		first.navigate().refresh();
		assertSettledWithoutConflict(first);
		submitToDesk(first);
		assertNoCopyKept(first, id);

		ArticleDetail submitted = articles.find(id).orElseThrow();
		assertThat(submitted.status()).isEqualTo(kr.sinmun.article.ArticleStatus.SUBMITTED);
		assertThat(submitted.headline()).isEqualTo(headline);
		assertThat(submitted.tags()).containsExactly("전통시장", "주차장", "상권");
		assertThat(openFromDeskQueue(headline)).contains(story.get(0)).contains(story.get(1)).contains(story.get(2));
	}

	@Test
	void autosaveKeepsTypingThroughALostConnectionAndAnExpiredSession() {
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		openNewArticle(first);
		HangulIme ime = new HangulIme(first);
		first.findElement(By.id("headline")).click();
		ime.type("연결 시험 기사");
		waitForStatus(first, "자동 저장됨");
		long id = savedArticleId(first);
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
		assertThat(conflict.getText()).contains("다른 사람이 먼저 저장했습니다").contains("한지우 님이")
			.contains(OVERWRITE_HINT);
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
	void aFormSaveOverSomeoneElsesShowsWhatTheyChangedAndSavesMineOnlyWhenAsked() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, reporter, "장마 앞두고 빗물받이 일제 점검",
				"<p>구청이 주택가 빗물받이 삼천여 곳을 점검한다.</p>");
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		login(second, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		first.get(url("/newsroom/articles/" + article.id()));
		second.get(url("/newsroom/articles/" + article.id()));
		holdAutosaves(second);
		placeCaretAtEnd(second);
		new HangulIme(second).type(" 막힌 곳은 주민이 직접 신고할 수 있다.");

		first.findElement(By.id("headline")).click();
		new Actions(first).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		new HangulIme(first).type("기자가 고친 제목 빗물받이 점검");
		// The whole headline is stored: an autosave that ran while it was being typed is not the reporter's last.
		waitFor(first).until(d -> articles.find(article.id()).orElseThrow().headline().equals("기자가 고친 제목 빗물받이 점검"));
		click(second, button(second, "저장"));

		WebElement conflict = waitFor(second).until(d -> d.findElements(By.cssSelector("section.nr-conflict"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null));
		assertThat(conflict.getText()).contains("다른 사람이 먼저 저장했습니다").contains("한지우 님이")
			.contains(OVERWRITE_HINT);
		assertThat(conflict.findElement(By.cssSelector("ins")).getText()).contains("기자가 고친");
		assertThat(body(second).getText()).contains("막힌 곳은 주민이 직접 신고할 수 있다.");
		assertThat(articles.find(article.id()).orElseThrow().bodyHtml()).doesNotContain("막힌 곳은");

		releaseAutosaves(second);
		click(second, conflict.findElement(By.xpath(".//button[text()='내 글로 저장']")));
		waitFor(second).until(d -> d.findElement(By.cssSelector(".nr-notice")).getText().contains("저장했습니다"));
		assertThat(articles.find(article.id()).orElseThrow().bodyHtml()).contains("막힌 곳은 주민이 직접 신고할 수 있다.");
		second.navigate().refresh();
		assertSettledWithoutConflict(second);
		assertNoCopyKept(second, article.id());
	}

	@Test
	void aSaveInTheSameWritersOtherWindowIsReportedAsTheirOwnNotSomeoneElses() {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail article = NewsroomFixtures.draft(articles, sections, reporter, "시내버스 심야 노선 두 개 신설",
				"<p>심야 버스 노선 두 개가 새로 생긴다.</p>");
		login(first, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		login(second, NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		first.get(url("/newsroom/articles/" + article.id()));
		second.get(url("/newsroom/articles/" + article.id()));

		first.findElement(By.id("headline")).click();
		new Actions(first).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
		new HangulIme(first).type("시내버스 심야 노선 세 개 신설");
		waitFor(first).until(d -> articles.find(article.id()).orElseThrow().headline().equals("시내버스 심야 노선 세 개 신설"));
		placeCaretAtEnd(second);
		new HangulIme(second).type(" 배차 간격은 삼십 분이다.");

		WebElement conflict = waitFor(second).until(d -> {
			WebElement box = d.findElement(By.id("conflict-live"));
			return box.isDisplayed() ? box : null;
		});
		assertThat(conflict.getText()).contains("다른 창에서 먼저 저장했습니다").contains("다른 창이나 기기에서")
			.doesNotContain("다른 사람").contains(OVERWRITE_HINT);
		assertThat(conflict.findElement(By.cssSelector("ins")).getText()).contains("세");
		assertThat(articles.find(article.id()).orElseThrow().bodyHtml()).doesNotContain("배차 간격");
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
				"/newsroom/admin/ads", "/newsroom/admin/ads/new", "/newsroom/articles/new", "/newsroom/admin/drafts",
				"/newsroom/synonyms", "/newsroom/series");
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
