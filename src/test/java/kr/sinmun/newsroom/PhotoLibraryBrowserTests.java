package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.Browsers;
import kr.sinmun.browser.NewsroomLogin;
import kr.sinmun.media.LibraryPhoto;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.PhotoDetails;
import kr.sinmun.media.PhotoEdit;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 사진 보관함 in Chromium: a reporter uploads two photos with the file input (the keyboard's way to choose
 * several), finds one by its caption, and puts it in an article with nothing but keys. The library page passes
 * the Nu HTML checker and axe at 360 and 1280 px, without sideways scrolling on a phone.
 */
@Tag("browser")
class PhotoLibraryBrowserTests extends IntegrationTest {

	private static final String CAPTION = "광화문 광장의 첫눈 보관함브라우저";

	@Autowired
	People people;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	MediaLibrary library;

	@Autowired
	JdbcClient jdbc;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriverWait waitFor(ChromeDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	private void login(ChromeDriver driver, String username) {
		NewsroomLogin.as(driver, port, username, NewsroomFixtures.PASSWORD);
	}

	@Test
	void aReporterUploadsTwoPhotosFindsOneByCaptionAndInsertsItWithTheKeyboard() throws Exception {
		long reporter = NewsroomFixtures.reporter(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, reporter, "첫눈 내린 도심 보관함 시험",
				"<p>도심에 첫눈이 내렸다.</p>");
		Path first = NewsroomFixtures.photo();
		Path second = NewsroomFixtures.photo();
		ChromeDriver driver = Browsers.desktop();
		List<Long> ids = List.of();
		try {
			login(driver, NewsroomFixtures.REPORTER);
			driver.get(url("/newsroom/photos"));
			driver.findElement(By.id("upload-files")).sendKeys(first + "\n" + second);
			driver.findElement(By.cssSelector("#upload-form button[type=submit]")).sendKeys(Keys.ENTER);
			waitFor(driver).until(d -> d.findElements(By.cssSelector("#upload-list li[data-state=done]")).size() == 2);
			assertThat(driver.findElement(By.id("upload-status")).getAttribute("textContent")).contains("다 올렸습니다.");
			ids = jdbc.sql("SELECT id FROM media WHERE uploaded_by = :reporter ORDER BY id DESC LIMIT 2")
				.param("reporter", reporter)
				.query(Long.class)
				.list();
			assertThat(ids).hasSize(2);
			LibraryPhoto chosen = library.photo(ids.get(0)).orElseThrow();
			library.edit(chosen.id(), new PhotoEdit(new PhotoDetails(CAPTION, "사진=한지우 기자", "눈 덮인 광장"), null,
					0.5, 0.5));
			library.edit(ids.get(1), new PhotoEdit(new PhotoDetails("다른 사진 보관함브라우저", "", ""), null, 0.5, 0.5));

			// The library finds it by a word of its caption.
			driver.get(url("/newsroom/photos"));
			driver.findElement(By.id("p-q")).sendKeys("광화문", Keys.ENTER);
			waitFor(driver).until(d -> d.getCurrentUrl().contains("q="));
			String grid = driver.findElement(By.cssSelector(".nr-photo-grid")).getText();
			assertThat(grid).contains(CAPTION, "사진=한지우 기자", "한지우").doesNotContain("다른 사진 보관함브라우저");

			// In the editor: the toolbar's 사진 보관함, a search, Tab to the photo, Enter, Enter.
			driver.get(url("/newsroom/articles/" + draft.id()));
			WebElement body = waitFor(driver).until(d -> d.findElement(By.cssSelector("#body-editor [contenteditable]")));
			body.click();
			new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.END).keyUp(Keys.CONTROL).perform();
			WebElement open = driver.findElement(By.xpath("//div[@id='body-toolbar']/button[text()='사진 보관함']"));
			open.sendKeys(Keys.ENTER);
			waitFor(driver).until(d -> d.findElement(By.id("library-dialog")).getAttribute("open") != null);
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("library-q");
			new Actions(driver).sendKeys("첫눈 보관함브라우저", Keys.ENTER).perform();
			waitFor(driver).until(d -> d.findElement(By.id("library-summary")).getText().startsWith("찾은 사진 1장"));
			new Actions(driver).sendKeys(Keys.TAB, Keys.TAB).perform();
			assertThat(driver.switchTo().activeElement().getText()).contains(CAPTION);
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitFor(driver).until(d -> d.switchTo().activeElement().getText().equals("기사에 넣기"));
			assertThat(driver.findElement(By.id("library-caption")).getAttribute("value")).isEqualTo(CAPTION);
			assertThat(driver.findElement(By.id("library-credit")).getAttribute("value")).isEqualTo("사진=한지우 기자");
			assertThat(driver.findElement(By.id("library-alt")).getAttribute("value")).isEqualTo("눈 덮인 광장");
			new Actions(driver).sendKeys(Keys.ENTER).perform();
			waitFor(driver).until(d -> d.findElement(By.id("library-dialog")).getAttribute("open") == null);
			String html = driver.findElement(By.id("bodyHtml")).getAttribute("value");
			assertThat(html).contains("src=\"" + chosen.src() + "\"", "alt=\"눈 덮인 광장\"", CAPTION,
					"<span class=\"credit\">사진=한지우 기자</span>");
		}
		finally {
			driver.quit();
			Files.deleteIfExists(first);
			Files.deleteIfExists(second);
			if (!ids.isEmpty()) {
				jdbc.sql("DELETE FROM media WHERE id IN (:ids)").param("ids", ids).update();
			}
			articles.delete(draft.id());
		}
	}

	@Test
	void theLibraryPageIsValidAccessibleAndFitsAPhone() throws Exception {
		long reporter = NewsroomFixtures.reporter(people);
		LibraryPhoto photo = library.upload(Files.readAllBytes(NewsroomFixtures.photo()), reporter,
				new PhotoDetails("검사용 사진 보관함브라우저", "사진=한지우 기자", "검사용 사진"));
		try {
			for (ChromeDriver driver : new ChromeDriver[] { Browsers.phone(), Browsers.desktop() }) {
				try {
					login(driver, NewsroomFixtures.REPORTER);
					String cookie = "SINMUN_SESSION=" + driver.manage().getCookieNamed("SINMUN_SESSION").getValue();
					for (String path : List.of("/newsroom/photos", "/newsroom/photos?q=%EB%B3%B4%EA%B4%80%ED%95%A8",
							"/newsroom/photos/" + photo.id(), "/newsroom/photos?from=x")) {
						HttpResponse<String> response = HttpClient.newHttpClient()
							.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
									HttpResponse.BodyHandlers.ofString());
						assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on %s", path).isEmpty();
						driver.get(url(path));
						Results results = new AxeBuilder().analyze(driver);
						assertThat(results.getViolations()
							.stream()
							.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
							.map(rule -> rule.getId() + ": " + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
							.toList()).as("axe-core on %s", path).isEmpty();
						assertThat((Boolean) driver.executeScript(
								"return document.documentElement.scrollWidth <= window.innerWidth"))
							.as("no sideways scroll on %s", path).isTrue();
					}
				}
				finally {
					driver.quit();
				}
			}
		}
		finally {
			jdbc.sql("DELETE FROM media WHERE id = :id").param("id", photo.id()).update();
		}
	}

}
