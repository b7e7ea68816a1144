package kr.sinmun.site;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.browser.Browsers;
import kr.sinmun.pagecache.PageCache;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 많이 본 뉴스's 일간·주간 tabs in a real browser at 360 and 1280 px: the keyboard as the WAI-ARIA APG tabs
 * pattern has it (one tab stop, arrows wrapping round, Home and End), valid and accessible, and the page does not
 * move when the script turns the links into tabs.
 */
@Tag("browser")
class MostReadTabsBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	PageCache pageCache;

	@BeforeAll
	static void start() {
		desktop = Browsers.desktop();
		phone = Browsers.phone();
	}

	@AfterAll
	static void stop() {
		for (ChromeDriver driver : new ChromeDriver[] { desktop, phone }) {
			if (driver != null) {
				driver.quit();
			}
		}
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

	private static void press(ChromeDriver driver, CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
	}

	private static String focused(ChromeDriver driver) {
		return driver.switchTo().activeElement().getAttribute("id");
	}

	private static void assertSelected(ChromeDriver driver, String period) {
		String other = period.equals("day") ? "week" : "day";
		WebElement tab = driver.findElement(By.id("most-read-tab-" + period));
		WebElement otherTab = driver.findElement(By.id("most-read-tab-" + other));
		assertThat(tab.getAttribute("aria-selected")).isEqualTo("true");
		assertThat(tab.getAttribute("tabindex")).isEqualTo("0");
		assertThat(otherTab.getAttribute("aria-selected")).isEqualTo("false");
		assertThat(otherTab.getAttribute("tabindex")).isEqualTo("-1");
		assertThat(focused(driver)).isEqualTo("most-read-tab-" + period);
		assertThat(driver.findElement(By.id("most-read-" + period)).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("most-read-" + other)).isDisplayed()).isFalse();
	}

	@Test
	void theDailyAndWeeklyTabsWorkByKeyboardAndHoldAt360And1280() {
		pageCache.clear();
		assertThat(HtmlChecker.errors(web().get("/").body())).as("Nu").isEmpty();
		for (ChromeDriver driver : List.of(phone, desktop)) {
			Object width = driver.executeScript("return window.innerWidth");
			driver.get("http://localhost:" + port + "/");
			watchLayoutShifts(driver);
			waitFor(driver).until(d -> "tablist".equals(d.findElement(By.cssSelector(".most-read-tabs")).getAttribute("role")));
			assertThat(driver.findElement(By.cssSelector(".most-read-tabs")).getAttribute("aria-labelledby"))
				.isEqualTo("most-read-title");
			WebElement day = driver.findElement(By.id("most-read-tab-day"));
			assertThat(day.getAttribute("role")).isEqualTo("tab");
			assertThat(day.getAttribute("aria-controls")).isEqualTo("most-read-day");
			assertThat(driver.findElement(By.id("most-read-week")).getAttribute("role")).isEqualTo("tabpanel");
			assertThat(driver.findElement(By.id("most-read-week")).getAttribute("aria-labelledby")).isEqualTo("most-read-tab-week");
			assertThat(driver.findElements(By.cssSelector("#most-read-day li"))).isNotEmpty();

			// The page stood still while the script made the tabs.
			assertThat(((Number) driver.executeScript("return window.__shift")).doubleValue()).as("CLS at %s px", width)
				.isEqualTo(0.0);
			assertThat(new AxeBuilder().analyze(driver).getViolations())
				.filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.as("axe at %s px", width)
				.isEmpty();

			driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", day);
			press(driver, Keys.ARROW_RIGHT);
			assertSelected(driver, "week");
			assertThat(driver.findElements(By.cssSelector("#most-read-week li, #most-read-week .empty"))).isNotEmpty();
			press(driver, Keys.ARROW_RIGHT);
			assertSelected(driver, "day");
			press(driver, Keys.ARROW_LEFT);
			assertSelected(driver, "week");
			press(driver, Keys.HOME);
			assertSelected(driver, "day");
			press(driver, Keys.END);
			assertSelected(driver, "week");
			// One tab stop: Tab leaves the tab list for the selected panel's first link.
			press(driver, Keys.TAB);
			assertThat(driver.switchTo().activeElement().findElement(By.xpath("ancestor::*[@id][1]")).getAttribute("id"))
				.isEqualTo("most-read-week");
			assertThat(new AxeBuilder().analyze(driver).getViolations())
				.filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.as("axe at %s px with the weekly tab", width)
				.isEmpty();
			assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
				.longValue()).as("sideways scroll at %s px", width)
				.isLessThanOrEqualTo(((Number) driver.executeScript("return window.innerWidth")).longValue());
		}
	}

}
