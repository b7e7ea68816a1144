package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
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
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Referrer;
import kr.sinmun.ranking.ViewHistory;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 통계 in Chromium at 360 and 1280 px: every chart is drawn, the table behind each is what a screen reader
 * reads (and shows on request), the pages pass Nu and axe, do not move while the charts draw and never scroll
 * sideways.
 */
@Tag("browser")
class StatisticsBrowserTests extends IntegrationTest {

	// What a screen reader meets for each chart: its table's caption and rows, read from the document whether the
	// table is shown or not.
	private static final String TABLES = """
			const tables = {};
			for (const section of document.querySelectorAll('.nr-chart')) {
			  const table = section.querySelector('.nr-chart-data table');
			  if (!table) continue;
			  tables[section.querySelector('h2').id] = Array.from(table.tBodies[0].rows)
			      .map(row => Array.from(row.cells).map(cell => cell.textContent.trim()).join(' | '));
			}
			return tables;""";

	// What moved is kept with how much, so that a failure says which element it was.
	private static final String WATCH_SHIFTS = """
			window.__shift = 0;
			window.__moved = [];
			const box = rect => rect ? Math.round(rect.x) + ',' + Math.round(rect.y) + ' ' + Math.round(rect.width) + 'x'
			    + Math.round(rect.height) : '-';
			new PerformanceObserver(list => list.getEntries().forEach(entry => {
			  if (entry.hadRecentInput) return;
			  window.__shift += entry.value;
			  (entry.sources || []).forEach(source => {
			    const node = source.node;
			    const element = node && (node.nodeType === 1 ? node : node.parentElement);
			    window.__moved.push((element ? element.tagName + '.' + element.className + '#' + element.id : '?') + ' at '
			        + Math.round(entry.startTime) + ' ms: ' + box(source.previousRect) + ' -> ' + box(source.currentRect));
			  });
			})).observe({type: 'layout-shift', buffered: true});""";

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

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

	private void login(ChromeDriver driver) {
		NewsroomLogin.as(driver, port, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> tables(ChromeDriver driver) {
		return (Map<String, List<String>>) driver.executeScript(TABLES);
	}

	private static double shownHeight(ChromeDriver driver, String id) {
		return ((Number) driver.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().height", id))
			.doubleValue();
	}

	private void open(ChromeDriver driver, String path) {
		driver.get(url(path));
		driver.executeScript(WATCH_SHIFTS);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".nr-chart-plot"))
			.stream()
			.allMatch(plot -> !plot.findElements(By.tagName("canvas")).isEmpty()));
	}

	private void checkPage(ChromeDriver driver, String path) throws Exception {
		String size = driver.executeScript("return window.innerWidth") + "px";
		String cookie = "SINMUN_SESSION=" + driver.manage().getCookieNamed("SINMUN_SESSION").getValue();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on %s", path).isEmpty();
		Results results = new AxeBuilder().analyze(driver);
		assertThat(results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
			.toList()).as("axe-core on %s at %s", path, size).isEmpty();
		assertThat((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scroll on %s at %s", path, size)
			.isTrue();
		assertThat(((Number) driver.executeScript("return window.__shift")).doubleValue())
			.as("layout shift while the charts draw on %s at %s: %s", path, size, driver.executeScript("return window.__moved"))
			.isZero();
	}

	@Test
	void chartsAreDrawnFromTablesThatScreenReadersReadAndThePagesPassNuAndAxe() throws Exception {
		NewsroomFixtures.desk(people);
		long reporter = NewsroomFixtures.user(people, "st-browser-reporter", "차트기자", Role.REPORTER);
		Instant midnight = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL).atStartOfDay(KoreanDates.SEOUL).toInstant();
		ArticleDetail article = NewsroomFixtures.published(articles, sections, reporter, "culture",
				"차트 시험: 표와 그림이 같은 수를 말하는 문화 기사", midnight.minus(Duration.ofHours(2)));
		try (ViewHistory views = new ViewHistory(context)) {
			views.add(midnight.minus(Duration.ofHours(2)), article.id(), Referrer.SEARCH, 6)
				.add(midnight.minus(Duration.ofHours(1)), article.id(), Referrer.PORTAL, 8)
				.add(midnight, article.id(), Referrer.SNS, 5);
			for (ChromeDriver driver : List.of(desktop, phone)) {
				login(driver);
				open(driver, "/newsroom/statistics?period=7d");
				Map<String, List<String>> tables = tables(driver);
				assertThat(tables.keySet()).containsExactlyInAnyOrder("hourly-title", "referrers-title", "top-title", "reporters-title",
						"sections-title");
				assertThat(tables.get("hourly-title")).hasSize(24).first().asString().startsWith("00시 | ");
				assertThat(tables.get("referrers-title")).extracting(row -> row.split(" \\| ")[0])
					.containsExactly("직접", "사이트 안", "포털", "검색", "SNS", "기타");
				assertThat(tables.get("top-title")).anySatisfy(row -> assertThat(row)
					.startsWith("차트 시험: 표와 그림이 같은 수를 말하는 문화 기사 (문화 · 차트기자) | 19"));
				assertThat(tables.get("reporters-title")).contains("차트기자 | 1 | 19");

				// The table behind a chart is out of sight until asked for, then shown; the button says which.
				assertThat(shownHeight(driver, "referrers-data")).as("hidden table").isLessThanOrEqualTo(1);
				WebElement toggle = driver.findElement(By.cssSelector("button[aria-controls='referrers-data']"));
				toggle.click();
				assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
				assertThat(toggle.getText()).isEqualTo("표 닫기");
				assertThat(shownHeight(driver, "referrers-data")).as("shown table").isGreaterThan(100);
				assertThat(shownHeight(driver, "top-data")).as("top articles are listed openly").isGreaterThan(40);
				checkPage(driver, "/newsroom/statistics?period=7d");

				open(driver, "/newsroom/statistics/articles/" + article.id());
				Map<String, List<String>> articleTables = tables(driver);
				assertThat(articleTables.get("article-hours-title").subList(0, 3)).extracting(row -> row.split(" \\| ")[1])
					.containsExactly("6", "8", "5");
				assertThat(articleTables.get("article-referrers-title")).contains("포털 | 8", "검색 | 6", "SNS | 5");
				assertThat(driver.findElement(By.id("article-total")).getText()).isEqualTo("19");
				checkPage(driver, "/newsroom/statistics/articles/" + article.id());
			}
		}
		finally {
			articles.delete(article.id());
		}
	}

}
