package kr.sinmun.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.ShiftableClock;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's end and the 속보 bar in Chromium at 360 and 1280 px: the reporter card with the reporter's other
 * articles, and the bar on every page while a mark runs, gone when it ends; valid, accessible, moving nothing.
 */
@Tag("browser")
class ArticleEndBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	BreakingNews breaking;

	@Autowired
	ShiftableClock clock;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktopReader();
		phone = browsers.phoneReader();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Every layout shift since the page began loading (buffered, not only those after this call), and what moved
	 * in each: the element and its box before and after, so a failure says which part of the page moved and how.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> layoutShift(ChromeDriver driver) {
		return (Map<String, Object>) driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const shift = {total: 0, moved: []};
				const box = rect => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
				new PerformanceObserver(list => list.getEntries().forEach(entry => {
				  if (entry.hadRecentInput) return;
				  shift.total += entry.value;
				  (entry.sources || []).forEach(source => {
				    const node = source.node;
				    const element = node && (node.nodeType === 1 ? node : node.parentElement);
				    shift.moved.push((element ? element.tagName + '.' + element.className : '?') + ' at '
				        + Math.round(entry.startTime) + ' ms: ' + box(source.previousRect) + ' -> ' + box(source.currentRect));
				  });
				})).observe({type: 'layout-shift', buffered: true});
				requestAnimationFrame(() => requestAnimationFrame(() => done(shift)));""");
	}

	private static void assertFitsAndIsAccessible(ChromeDriver driver, String what) {
		long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
		long viewport = ((Number) driver.executeScript("return window.innerWidth")).longValue();
		assertThat(scrollWidth).as("%s: no sideways scroll at %s px", what, viewport).isLessThanOrEqualTo(viewport);
		Map<String, Object> shift = layoutShift(driver);
		assertThat(((Number) shift.get("total")).doubleValue()).as("%s: CLS at %s px; moved (x,y,width,height): %s", what,
				viewport, shift.get("moved")).isZero();
		AxeRunOptions options = new AxeRunOptions();
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		options.setRules(Map.of("label-content-name-mismatch", enabled));
		assertThat(new AxeBuilder().withOptions(options)
			.analyze(driver)
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + " " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
			.toList()).as("%s: axe-core at %s px", what, viewport).isEmpty();
	}

	@Test
	void theReporterCardShowsThePortraitNameAndTheReportersOtherArticles() {
		long reporter = people.reporterNamed("박서연").orElseThrow().id();
		ArticleSummary read = articles.byReporter(reporter, 1, 3).items().get(1);
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get(url("/news/" + read.id()));
			WebElement card = driver.findElement(By.cssSelector(".reporter-card"));
			driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
			assertThat(card.isDisplayed()).isTrue();
			assertThat(card.findElement(By.cssSelector(".reporter-card-name")).getText()).isEqualTo("박서연 기자");
			assertThat(card.findElement(By.cssSelector(".reporter-card-others")).getText()).isEqualTo("박서연 기자의 다른 기사");
			List<String> others = card.findElements(By.cssSelector(".items .item-title"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(others).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotContain(read.headline());
			assertThat(card.findElement(By.cssSelector(".reporter-card-email a")).getAttribute("href")).startsWith("mailto:");
			assertFitsAndIsAccessible(driver, "기사 " + read.id());
		}
		assertThat(HtmlChecker.errors(web().get("/news/" + read.id()).body())).as("Nu HTML checker").isEmpty();
		desktop.findElement(By.cssSelector(".reporter-card-more a")).click();
		new WebDriverWait(desktop, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/reporter/" + reporter));
	}

	// CASE: CI's second run saw the home move 8 px at 1280 px: its top story's photo was missing (another test's
	// article, its file in another data directory). An inline <img> that fails with alt="" lost the line's gap
	// below it; a missing photo (deleted, or not yet on the object store) is as real for a paper.
	@Test
	void aTopStoryWhosePhotoIsMissingMovesNothing() {
		ArticleDetail story = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "사진 없는 톱기사 시험: 한빛천 둑 보강 공사 시작", null,
				"<figure><img src=\"/media/2026/12/no-such-photo.jpg\" width=\"800\" height=\"450\" alt=\"둑 보강 공사 현장\">"
						+ "<figcaption>한빛천 둑 보강 공사 현장.</figcaption></figure>"
						+ "<p>한빛시가 장마를 앞두고 한빛천 둑 보강 공사를 시작했다. 공사는 석 달 동안 이어진다.</p>",
				List.of("시험"), ArticleStatus.PUBLISHED, clock.instant()));
		try {
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get(url("/"));
				assertThat(driver.findElement(By.cssSelector(".top-story h2 a")).getAttribute("href"))
					.as("the article without its photo file is the top story").endsWith("/news/" + story.id());
			}
			assertNothingMovesOverASlowConnection(desktop, "/");
			assertNothingMovesOverASlowConnection(phone, "/");
		}
		finally {
			articles.delete(story.id());
		}
	}

	/** Loads each page with the HTML arriving in pieces (40 ms, 32 KB/s) and asserts no layout shift at all. */
	private void assertNothingMovesOverASlowConnection(ChromeDriver driver, String... paths) {
		driver.executeCdpCommand("Network.enable", Map.of());
		try {
			driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 40,
					"downloadThroughput", 32 * 1024, "uploadThroughput", 64 * 1024));
			for (String path : paths) {
				driver.get(url(path));
				Map<String, Object> shift = layoutShift(driver);
				assertThat(((Number) shift.get("total")).doubleValue())
					.as("%s over a slow connection: CLS; moved (x,y,width,height): %s", path, shift.get("moved")).isZero();
			}
		}
		finally {
			driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
					"downloadThroughput", -1, "uploadThroughput", -1));
		}
	}

	// CASE: this test once saw CLS 0.0054 on the home page at 1280 px with the bar, and not again. The bar moves
	// nothing by itself; what moves is a page Chromium painted parsed only in part, when the rest fills it in (seen
	// under a slow CPU: the 검색 button painted before its label, then widened). layout/page.jte now holds the first
	// frame until the footer is parsed; the slow connection below makes the HTML arrive in pieces on purpose.
	@Test
	void theBreakingBarIsOnEveryPageUntilItsTimeAndThenGone() {
		ArticleDetail story = ArticleFixtures.publish(articles, sections, people, "society",
				"속보 브라우저 시험: 한빛역 일대 정전, 지하철 운행 멈춰", clock.instant().minus(Duration.ofMinutes(3)));
		try {
			breaking.mark(story.id(), clock.instant().plus(Duration.ofMinutes(20)),
					people.userId("admin").orElseThrow());
			for (ChromeDriver driver : List.of(phone, desktop)) {
				for (String path : List.of("/", "/section/culture", "/news/" + story.id())) {
					driver.get(url(path));
					WebElement bar = driver.findElement(By.cssSelector("section.breaking"));
					assertThat(bar.isDisplayed()).isTrue();
					assertThat(bar.getText()).startsWith("속보").contains("한빛역 일대 정전");
					// Under the menu, above the page's own content.
					assertThat(bar.getLocation().getY()).isLessThan(driver.findElement(By.id("main")).getLocation().getY());
					assertFitsAndIsAccessible(driver, "속보 줄이 있는 " + path);
				}
			}
			assertThat(HtmlChecker.errors(web().get("/").body())).as("Nu HTML checker with the bar").isEmpty();
			// Over a slow connection the HTML arrives in pieces; nothing painted from the first piece may move.
			assertNothingMovesOverASlowConnection(desktop, "/", "/news/" + story.id());
			desktop.get(url("/"));
			desktop.findElement(By.cssSelector("section.breaking a")).click();
			new WebDriverWait(desktop, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/news/" + story.id()));

			clock.shift(Duration.ofMinutes(21));
			for (ChromeDriver driver : List.of(phone, desktop)) {
				new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
					d.get(url("/"));
					return d.findElements(By.cssSelector("section.breaking")).isEmpty();
				});
			}
		}
		finally {
			clock.reset();
			breaking.unmark(story.id());
			articles.delete(story.id());
		}
	}

}
