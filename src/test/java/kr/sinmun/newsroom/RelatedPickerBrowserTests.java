package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
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
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk pins 관련기사 in the editor with the keyboard alone: types headline words, moves through the found
 * articles with the arrow keys, adds with Enter, removes with 빼기, saves; the reader's page lists them first.
 */
@Tag("browser")
class RelatedPickerBrowserTests extends IntegrationTest {

	private static ChromeDriver desk;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desk = browsers.desktop();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriverWait waitFor(ChromeDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private List<String> pinned() {
		return desk.findElements(By.cssSelector("#related-pins .nr-pin-title")).stream().map(WebElement::getText).toList();
	}

	@Test
	void theDeskPinsRelatedArticlesWithTheKeyboard() {
		long reporter = NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
		List<ArticleDetail> made = new ArrayList<>();
		try {
			ArticleDetail story = NewsroomFixtures.published(articles, sections, reporter, "society",
					"고르기 시험: 한빛시 공공자전거 요금 개편", clock.instant().minus(Duration.ofMinutes(20)));
			ArticleDetail first = NewsroomFixtures.published(articles, sections, reporter, "society",
					"고르기 시험: 공공자전거 대여소 40곳 늘린다", clock.instant().minus(Duration.ofMinutes(40)));
			ArticleDetail second = NewsroomFixtures.published(articles, sections, reporter, "society",
					"고르기 시험: 공공자전거 헬멧 무료 대여 시작", clock.instant().minus(Duration.ofMinutes(60)));
			made.addAll(List.of(story, first, second));

			NewsroomLogin.as(desk, port, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
			desk.get(url("/newsroom/articles/" + story.id()));

			WebElement search = desk.findElement(By.id("related-search"));
			desk.executeScript("arguments[0].scrollIntoView({block: 'center'})", search);
			search.click();
			// The search index takes a moment to see new articles: type until the list offers them.
			waitFor(desk).until(d -> {
				WebElement input = d.findElement(By.id("related-search"));
				input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
				input.sendKeys("공공자전거");
				try {
					return new WebDriverWait(d, Duration.ofSeconds(3))
						.until(x -> x.findElements(By.cssSelector("#related-options [role=option]")).size() >= 2);
				}
				catch (TimeoutException notYet) {
					return false;
				}
			});
			assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
			List<String> offered = desk.findElements(By.cssSelector("#related-options [role=option]"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(String.join("\n", offered)).contains("대여소 40곳", "헬멧 무료 대여")
				.as("the article itself is not offered").doesNotContain("요금 개편");
			assertThat(new AxeBuilder().analyze(desk).getViolations().stream()
				.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.map(rule -> rule.getId())
				.toList()).as("axe-core with the list open").isEmpty();

			// ↓ highlights the first choice; Enter adds the highlighted one. (axe's run took the focus away, which
			// closes the list as leaving the field does; ↓ in a closed field looks again.)
			search.sendKeys(Keys.ARROW_DOWN);
			waitFor(desk).until(d -> !d.findElements(By.cssSelector("#related-options [role=option]")).isEmpty());
			if (search.getAttribute("aria-activedescendant") == null) {
				search.sendKeys(Keys.ARROW_DOWN);
			}
			String active = search.getAttribute("aria-activedescendant");
			assertThat(desk.findElement(By.id(active)).getAttribute("aria-selected")).isEqualTo("true");
			String firstChoice = desk.findElement(By.id(active)).getAttribute("data-headline");
			search.sendKeys(Keys.ENTER);
			assertThat(pinned()).containsExactly(firstChoice);
			assertThat(search.getAttribute("aria-expanded")).isEqualTo("false");
			assertThat(desk.getCurrentUrl()).as("Enter on a choice does not submit the form").endsWith("/newsroom/articles/" + story.id());

			search.sendKeys("공공자전거");
			waitFor(desk).until(d -> !d.findElements(By.cssSelector("#related-options [role=option]")).isEmpty());
			// What is pinned is not offered again.
			search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
			assertThat(pinned()).hasSize(2).contains(first.headline(), second.headline());

			// Esc closes a list without adding anything.
			search.sendKeys("공공자전거");
			search.sendKeys(Keys.ESCAPE);
			assertThat(pinned()).hasSize(2);

			// 빼기 by keyboard: Tab to the first pin's button and press it; focus returns to the search field.
			WebElement remove = desk.findElement(By.cssSelector("#related-pins li:first-child [data-unpin]"));
			String removed = pinned().get(0);
			remove.sendKeys(Keys.ENTER);
			assertThat(pinned()).hasSize(1).doesNotContain(removed);
			assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("related-search");
			String kept = pinned().get(0);

			search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			desk.findElement(By.cssSelector("#related-form button[type=submit]")).sendKeys(Keys.ENTER);
			waitFor(desk).until(d -> d.getCurrentUrl().contains("done=related"));
			assertThat(desk.findElement(By.cssSelector(".nr-notice")).getText()).contains("관련기사를 저장했습니다");
			assertThat(pinned()).containsExactly(kept);
			assertThat(HtmlChecker.errors(web().get("/news/" + story.id()).body())).isEmpty();
			String page = web().get("/news/" + story.id()).body();
			assertThat(page.substring(page.indexOf("id=\"related-title\""))).contains(kept);
		}
		finally {
			made.forEach(article -> articles.delete(article.id()));
		}
	}

}
