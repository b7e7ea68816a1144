package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.Browsers;
import kr.sinmun.people.People;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kr.sinmun.browser.Axe.seriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on a phone and on a desktop finds a sub-section of 경제 from the 전체메뉴 and from 경제's tabs, reads its
 * breadcrumb with 경제 marked in the menu bar, and the pages pass axe and the Nu checker without scrolling sideways.
 */
@Tag("browser")
class SubSectionsBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Sections sections;

	@Autowired
	Articles articles;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

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

	@Test
	void aReaderFindsASubSectionFromTheAllSectionsMenuAndTheParentsTabs() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section sub = sections.save(null, "t-browse-" + tag, "금융·증권 시험" + tag, 930, true, economy.id());
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, sub.slug(),
				"하위 섹션을 찾아가는 독자 시험 기사 " + tag, clock.instant().minus(Duration.ofMinutes(1)));
		try {
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get(url("/section/economy"));
				WebElement tab = driver.findElement(By.cssSelector(".section-tabs")).findElement(By.linkText(sub.name()));
				assertThat(driver.findElement(By.cssSelector(".section-tabs [aria-current=page]")).getText()).isEqualTo("전체");
				assertThat(driver.findElement(By.cssSelector(".main-column")).getText()).contains(article.headline());
				assertThat(seriousViolations(driver)).as("axe on the parent's page").isEmpty();
				assertNoSidewaysScroll(driver);

				tab.click();
				new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(sub.url()));
				WebElement breadcrumb = driver.findElement(By.cssSelector("nav.breadcrumb"));
				assertThat(breadcrumb.findElements(By.tagName("li"))).extracting(WebElement::getText)
					.containsExactly("경제", sub.name());
				assertThat(driver.findElement(By.cssSelector(".menu-list a[aria-current]")).getText()).isEqualTo("경제");
				assertThat(driver.findElement(By.cssSelector(".menu-list a[aria-current]")).getAttribute("aria-current"))
					.isEqualTo("true");
				assertThat(seriousViolations(driver)).as("axe on the sub-section's page").isEmpty();
				assertNoSidewaysScroll(driver);

				// The 전체메뉴 lists the sub-section under 경제, and it leads there.
				driver.get(url("/"));
				driver.findElement(By.cssSelector(".all-menu-button")).click();
				WebElement panel = driver.findElement(By.id("all-menu"));
				new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> panel.isDisplayed());
				WebElement group = panel.findElement(By.xpath(".//li[a[@href='/section/economy']]"));
				WebElement link = group.findElement(By.cssSelector(".all-menu-sub")).findElement(By.linkText(sub.name()));
				assertThat(link.isDisplayed()).isTrue();
				assertThat(seriousViolations(driver)).as("axe with the 전체메뉴 open").isEmpty();
				link.click();
				new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(sub.url()));
				assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(sub.name());
			}
			for (String path : List.of("/section/economy", sub.url(), article.url())) {
				assertThat(HtmlChecker.errors(web().get(path).body())).as("Nu on %s", path).isEmpty();
			}
		}
		finally {
			articles.delete(article.id());
			jdbc.sql("DELETE FROM sections WHERE id = :id").param("id", sub.id()).update();
			events.publishEvent(new SectionsChanged());
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void assertNoSidewaysScroll(ChromeDriver driver) {
		assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue())
			.isLessThanOrEqualTo(((Number) driver.executeScript("return window.innerWidth")).longValue());
	}

}
