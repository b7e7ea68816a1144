package kr.sinmun.series;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.browser.Axe;
import kr.sinmun.browser.Browsers;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An episode's page in a real browser: the 연재 label and box read well on a phone and a desktop. */
@Tag("browser")
class SeriesBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	SeriesCatalog catalog;

	@Autowired
	SeriesEpisodes episodes;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private final List<Long> published = new ArrayList<>();

	@BeforeAll
	static void startBrowsers() {
		desktop = Browsers.desktop();
		phone = Browsers.phone();
	}

	@AfterAll
	static void stopBrowsers() {
		if (desktop != null) {
			desktop.quit();
		}
		if (phone != null) {
			phone.quit();
		}
	}

	@AfterEach
	void deleteWhatWasPublished() {
		published.forEach(articles::delete);
		published.clear();
	}

	@Test
	void anEpisodesLabelAndBoxAreValidAccessibleAndFitAPhone() {
		Series series = catalog.save(null, "browser-" + System.nanoTime(), "아주 긴 이름을 가진 지역 소멸 현장 기획 연재",
				"사라지는 마을을 다섯 번에 걸쳐 찾아갑니다.", true);
		List<ArticleDetail> all = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
					people.reporterNamed("박서연").orElseThrow().id(), "사라지는 마을을 찾아서 " + i + "편: 폐교 뒤에 남은 운동장과 사람들",
					null, "<p>마을회관 앞에서 만난 주민들이 학교가 문을 닫은 뒤의 일을 이야기했다.</p>", List.of(),
					ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofDays(400 - i))));
			published.add(article.id());
			episodes.place(article.id(), series.id());
			all.add(article);
		}
		String path = all.get(1).url();
		assertThat(HtmlChecker.errors(web().get(path).body())).as("Nu HTML checker").isEmpty();
		assertThat(HtmlChecker.errors(web().get(series.url()).body())).as("Nu HTML checker on the series page").isEmpty();
		for (ChromeDriver driver : List.of(phone, desktop)) {
			driver.get("http://localhost:" + port + path);
			WebElement box = driver.findElement(By.cssSelector("section.series-box"));
			assertThat(box.isDisplayed()).isTrue();
			assertThat(box.findElements(By.cssSelector("li"))).hasSize(3);
			assertThat(box.findElement(By.cssSelector("[aria-current=page]")).getText()).contains("2편");
			assertThat(Axe.seriousViolations(driver)).as("axe-core at %s px", width(driver)).isEmpty();
			long scrollWidth = ((Number) ((JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth")).longValue();
			assertThat(scrollWidth).as("page wider than the screen").isLessThanOrEqualTo(width(driver));

			driver.findElement(By.cssSelector(".series-label a")).click();
			assertThat(driver.getCurrentUrl()).endsWith(series.url());
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(series.name());
			assertThat(Axe.seriousViolations(driver)).as("axe-core on the series page at %s px", width(driver)).isEmpty();
		}
	}

	private static long width(WebDriver driver) {
		return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
	}

}
