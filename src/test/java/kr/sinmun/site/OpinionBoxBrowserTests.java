package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.browser.Axe;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home's 오피니언 box at 360 and 1280 px, written by a demo columnist (whose portrait the demo drew): the
 * photo loads, the column's name and the headline without its label show, and the page stays valid, accessible,
 * still (no layout shift as the photos arrive) and no wider than the screen.
 */
@Tag("browser")
class OpinionBoxBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	SeriesCatalog seriesCatalog;

	@Autowired
	SeriesEpisodes episodes;

	@Autowired
	Clock clock;

	@BeforeAll
	static void startBrowsers() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	@Test
	void theOpinionBoxShowsTheColumnistsPhotoAndTheColumnWithoutMovingOrWideningThePage() {
		Reporter columnist = people.reporterNamed("최하린").orElseThrow();
		assertThat(columnist.photo()).as("the demo columnist's portrait").isNotNull();
		String slug = "browser-col-" + UUID.randomUUID().toString().substring(0, 8);
		Series column = seriesCatalog.save(null, slug, "브라우저 시험 칼럼", "", true);
		ArticleDetail piece = articles.create(new ArticleDraft(sections.bySlug("opinion").orElseThrow().id(),
				columnist.id(), "[칼럼] 아주 긴 제목이 좁은 화면에서도 옆으로 넘치지 않고 여러 줄로 접히는지 살펴보는 시험용 칼럼", null,
				"<p>시험용 칼럼 본문입니다.</p>", List.of("시험"), ArticleStatus.PUBLISHED,
				clock.instant().minusSeconds(1)));
		try {
			episodes.place(piece.id(), column.id());
			String html = web().get("/").body();
			assertThat(HtmlChecker.errors(html)).as("Nu HTML checker on /").isEmpty();
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get("http://localhost:" + port + "/");
				driver.executeScript("""
						window.__shift = 0;
						new PerformanceObserver(list => list.getEntries().forEach(entry => {
						  if (!entry.hadRecentInput) window.__shift += entry.value;
						})).observe({type: 'layout-shift', buffered: true});""");
				WebElement item = driver.findElement(By.cssSelector("[data-box=OPINION] .opinion-item a[href='" + piece.url()
						+ "']")).findElement(By.xpath("ancestor::li"));
				driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
				WebElement photo = item.findElement(By.cssSelector("img.opinion-face"));
				WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
				wait.ignoring(StaleElementReferenceException.class);
				wait.until(d -> (Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
						photo));
				assertThat(photo.getAttribute("src")).endsWith(columnist.photo().url());
				assertThat(photo.getSize().getWidth()).isEqualTo(48);
				assertThat(item.findElement(By.cssSelector(".opinion-column")).getText()).isEqualTo("브라우저 시험 칼럼");
				assertThat(item.findElement(By.cssSelector(".opinion-text a")).getText())
					.startsWith("아주 긴 제목이")
					.doesNotContain("[칼럼]");
				assertThat(item.findElement(By.cssSelector(".opinion-writer")).getText()).isEqualTo("최하린 기자");
				assertThat(((Number) driver.executeScript("return window.__shift")).doubleValue())
					.as("layout shift at %s px", driver.executeScript("return window.innerWidth"))
					.isZero();
				long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
				long viewport = ((Number) driver.executeScript("return window.innerWidth")).longValue();
				assertThat(scrollWidth).as("page wider than the screen").isLessThanOrEqualTo(viewport);
				assertThat(Axe.seriousViolations(driver)).as("axe-core on / at %s px", viewport).isEmpty();
			}
		}
		finally {
			articles.delete(piece.id());
			seriesCatalog.save(column.id(), slug, "브라우저 시험 칼럼", "", false);
		}
	}

}
