package kr.sinmun.ads;

import java.time.Duration;
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
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's house ad in the header as readers see it at 360 and 1280 px: its 광고 label beside it and clear of
 * its text, nothing moving when it arrives, and the page's first heading and photo clear of the menu.
 */
@Tag("browser")
class AdSlotBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

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

	@SuppressWarnings("unchecked")
	private static Map<String, Number> rect(ChromeDriver driver, WebElement element) {
		return (Map<String, Number>) driver.executeScript(
				"const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};",
				element);
	}

	private static void watchLayoutShifts(ChromeDriver driver) {
		driver.executeScript("""
				window.__shift = 0;
				new PerformanceObserver(list => list.getEntries().forEach(entry => {
				  if (!entry.hadRecentInput) window.__shift += entry.value;
				})).observe({type: 'layout-shift', buffered: true});""");
	}

	@Test
	void theHeaderHouseAdCarriesItsLabelAtItsEdgeClearOfItsTextAndMovesNothing() {
		for (ChromeDriver driver : List.of(phone, desktop)) {
			int width = ((Number) driver.executeScript("return window.innerWidth")).intValue();
			driver.get(url("/"));
			watchLayoutShifts(driver);
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true"
				.equals(d.findElement(By.cssSelector(".ad-slot[data-slot=header]")).getAttribute("data-filled")));
			WebElement slot = driver.findElement(By.cssSelector(".ad-slot[data-slot=header]"));
			WebElement label = slot.findElement(By.cssSelector(".ad-label"));
			WebElement ad = slot.findElement(By.cssSelector(".ad"));
			WebElement text = slot.findElement(By.cssSelector(".ad-html"));
			assertThat(label.getText()).isEqualTo("광고");
			assertThat(text.getText()).as("an honest house ad").startsWith("광고 문의").doesNotContain("뉴스레터");

			Map<String, Number> labelBox = rect(driver, label);
			Map<String, Number> adBox = rect(driver, ad);
			assertThat(labelBox.get("bottom").doubleValue()).as("at %s px the label is above the banner, not on it", width)
				.isLessThanOrEqualTo(adBox.get("top").doubleValue());
			assertThat(adBox.get("top").doubleValue() - labelBox.get("bottom").doubleValue()).as("and next to it")
				.isLessThan(4);
			assertThat(Math.abs(labelBox.get("right").doubleValue() - adBox.get("right").doubleValue()))
				.as("at %s px the label ends at the banner's right edge", width).isLessThan(1);
			assertThat(((Number) driver.executeScript("return arguments[0].scrollHeight - arguments[0].clientHeight", text))
				.intValue()).as("at %s px the ad's text fits in its box", width).isLessThanOrEqualTo(0);
			assertThat(((Number) driver.executeScript("return window.__shift")).doubleValue()).as("CLS at %s px", width)
				.isZero();
			assertThat(seriousViolations(driver)).as("axe with the banner in, at %s px", width).isEmpty();
		}
	}

	@Test
	void theFirstHeadingAndTheTopPhotoStandClearOfTheMenu() {
		int culture = sections.bySlug("culture").orElseThrow().id();
		String article = articles.latestInSection(culture, 1).get(0).url();
		Map<String, String> firstThing = Map.of("/", ".top-story", "/section/culture", "h1.section-title", article,
				".article-head .label");
		for (ChromeDriver driver : List.of(phone, desktop)) {
			int width = ((Number) driver.executeScript("return window.innerWidth")).intValue();
			firstThing.forEach((path, selector) -> {
				driver.get(url(path));
				double menuBottom = rect(driver, driver.findElement(By.cssSelector("nav.menu"))).get("bottom").doubleValue();
				double top = rect(driver, driver.findElement(By.cssSelector(selector))).get("top").doubleValue();
				assertThat(top - menuBottom).as("space between the menu and %s on %s at %s px", selector, path, width)
					.isGreaterThanOrEqualTo(16);
			});
		}
		assertThat(HtmlChecker.errors(web().get(article).body())).isEmpty();
	}

	private static List<String> seriousViolations(ChromeDriver driver) {
		Results results = new AxeBuilder().analyze(driver);
		return results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

}
