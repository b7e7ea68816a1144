package kr.sinmun.site;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static kr.sinmun.browser.Axe.seriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A video and a 포토뉴스 gallery in an article, as readers meet them: the video asks nothing of its provider until
 * pressed, the gallery steps photo by photo with the keyboard, and the page stays valid, accessible and still.
 */
@Tag("browser")
class ArticleMediaBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	@Test
	void aVideoAsksNothingOfItsProviderUntilTheReaderPlaysItWithTheKeyboard() {
		ArticleDetail article = publish("<p>첫 문단입니다. 폭우가 그친 뒤 하천변 산책로의 모습을 영상으로 전합니다.</p>"
				+ "<div data-video-provider=\"youtube\" data-video-id=\"aBcDeFgHiJ0\" data-video-title=\"하천변 산책로 복구 현장\"></div>"
				+ "<p>복구는 다음 주까지 이어질 예정입니다.</p>");
		try {
			String origin = "http://localhost:" + port;
			String html = web().get(article.url()).body();
			assertThat(HtmlChecker.errors(html)).isEmpty();
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get(origin + article.url());
				watchLayoutShifts(driver);
				WebElement play = driver.findElement(By.cssSelector("button.video-play"));
				assertThat(play.getAccessibleName()).contains("동영상 재생: 하천변 산책로 복구 현장");
				assertThat(seriousViolations(driver)).isEmpty();
				assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
				@SuppressWarnings("unchecked")
				List<String> requested = (List<String>) driver.executeScript(
						"return performance.getEntries().filter(e => e.name.startsWith('http')).map(e => e.name)");
				assertThat(requested).as("every request before the reader acts").isNotEmpty()
					.allSatisfy(name -> assertThat(name).startsWith(origin));
				assertThat((Number) driver.executeScript("return window.__shift"))
					.as("layout shift of %s", driver.executeScript("return window.__moved")).isEqualTo(0L);

				driver.executeScript("arguments[0].focus()", play);
				driver.switchTo().activeElement().sendKeys(Keys.ENTER);
				WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(5))
					.until(d -> d.findElement(By.cssSelector("figure.video iframe")));
				assertThat(frame.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/aBcDeFgHiJ0?autoplay=1&rel=0");
				assertThat(frame.getAttribute("title")).isEqualTo("하천변 산책로 복구 현장 (YouTube)");
				assertThat(frame.getAttribute("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-presentation allow-popups");
				assertThat(frame.getAttribute("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
				assertThat(driver.switchTo().activeElement().getTagName()).as("focus moves into the player").isEqualTo("iframe");
				driver.switchTo().defaultContent();
			}
			assertThat(web().get(article.url()).header("Content-Security-Policy"))
				.contains("frame-src 'self' https://www.youtube-nocookie.com https://tv.naver.com https://play-tv.kakao.com;");
		}
		finally {
			articles.delete(article.id());
		}
	}

	@Test
	void aGalleryStepsPhotoByPhotoWithTheArrowKeysAndKeepsItsCaptions() {
		List<Element> figures = demoFigures();
		StringBuilder gallery = new StringBuilder("<div class=\"gallery\">");
		for (int i = 0; i < 3; i++) {
			Element figure = figures.get(i % figures.size()).clone();
			figure.select("figcaption").remove();
			figure.appendElement("figcaption").text("갤러리 " + (i + 1) + "번째 사진");
			gallery.append(figure.outerHtml());
		}
		gallery.append("</div>");
		ArticleDetail article = publish("<p>주말 사이 열린 지역 축제의 모습을 사진으로 모았습니다.</p>" + gallery
				+ "<p>축제는 다음 달에도 이어집니다.</p>");
		try {
			assertThat(HtmlChecker.errors(web().get(article.url()).body())).isEmpty();
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get("http://localhost:" + port + article.url());
				watchLayoutShifts(driver);
				assertThat(driver.findElements(By.cssSelector(".gallery figcaption")).stream()
					.map(caption -> caption.getAttribute("textContent").strip())
					.toList()).containsExactly("갤러리 1번째 사진", "갤러리 2번째 사진", "갤러리 3번째 사진");
				assertThat(seriousViolations(driver)).isEmpty();
				WebElement track = driver.findElement(By.cssSelector(".gallery-track"));
				driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", track);
				track.sendKeys(Keys.ARROW_RIGHT);
				WebElement count = driver.findElement(By.cssSelector(".gallery-count"));
				new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> count.getText().equals("2 / 3"));
				new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) driver.executeScript(
						"return Math.round(arguments[0].scrollLeft - arguments[0].clientWidth)", track)).intValue() == 0);
				assertThat(track.getCssValue("outline-style")).as("the focused row shows its focus").isEqualTo("solid");
				track.sendKeys(Keys.END);
				new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> count.getText().equals("3 / 3"));
				driver.findElement(By.cssSelector(".gallery-prev")).click();
				new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> count.getText().equals("2 / 3"));
				assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue())
					.as("no sideways scroll").isLessThanOrEqualTo(((Number) driver.executeScript("return window.innerWidth")).longValue());
				assertThat((Number) driver.executeScript("return window.__shift"))
					.as("layout shift of %s", driver.executeScript("return window.__moved")).isEqualTo(0L);
			}
		}
		finally {
			articles.delete(article.id());
		}
	}

	private List<Element> demoFigures() {
		return articles.all(sections.bySlug("culture").orElseThrow().id(), new ArticleViewer(0, true), 1, 50)
			.items()
			.stream()
			.filter(article -> article.bodyHtml().contains("<figure>"))
			.limit(3)
			.map(article -> Jsoup.parseBodyFragment(article.bodyHtml()).selectFirst("figure"))
			.toList();
	}

	private ArticleDetail publish(String body) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "영상과 사진 시험 기사 " + System.nanoTime(), null, body,
				List.of("시험"), ArticleStatus.PUBLISHED, Instant.parse("2001-01-01T00:00:00Z")));
	}

	private static void watchLayoutShifts(ChromeDriver driver) {
		driver.executeScript("""
				window.__shift = 0;
				window.__moved = [];
				new PerformanceObserver(list => list.getEntries().forEach(entry => {
				  if (entry.hadRecentInput) return;
				  window.__shift += entry.value;
				  (entry.sources || []).forEach(source => {
				    const element = source.node && (source.node.nodeType === 1 ? source.node : source.node.parentElement);
				    window.__moved.push((element ? element.tagName + '.' + element.className : '?') + ' '
				        + JSON.stringify(source.previousRect) + ' -> ' + JSON.stringify(source.currentRect));
				  });
				})).observe({type: 'layout-shift', buffered: true});""");
	}

}
