package kr.sinmun.newsroom;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * Videos and galleries in the body editor: a video link pasted into the body becomes a video block (any other link
 * pastes as it always did); photos chosen together become a gallery and come back out of it.
 */
@Tag("browser")
class EditorMediaBrowserTests extends IntegrationTest {

	private static ChromeDriver desk;

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
		desk = browsers.desktop();
	}

	@Test
	void aPastedYouTubeLinkBecomesAVideoAndAnotherLinkStaysText() {
		long deskId = NewsroomFixtures.desk(people);
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, deskId, "영상 붙여넣기 시험 초안", "<p>첫 문단.</p>");
		try {
			logIn();
			desk.get("http://localhost:" + port + "/newsroom/articles/" + draft.id());
			WebElement body = new WebDriverWait(desk, Duration.ofSeconds(10))
				.until(d -> d.findElement(By.cssSelector("#body-editor .ProseMirror")));
			body.click();
			paste(body, "https://www.youtube.com/watch?v=aBcDeFgHiJ0&t=42s");
			new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> field().contains("data-video-provider"));
			assertThat(field()).contains("<div data-video-provider=\"youtube\" data-video-id=\"aBcDeFgHiJ0\"></div>");
			assertThat(desk.findElement(By.id("save-status")).getText()).contains("YouTube 영상을 넣었습니다");

			paste(body, "https://tv.kakao.com/channel/3456/cliplink/441234567");
			new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> field().contains("kakaotv"));
			assertThat(field()).contains("data-video-provider=\"kakaotv\" data-video-id=\"441234567\"");

			paste(body, "https://vimeo.com/76979871");
			new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> field().contains("vimeo.com/76979871"));
			assertThat(field()).doesNotContain("data-video-provider=\"vimeo");
		}
		finally {
			articles.delete(draft.id());
		}
	}

	@Test
	void photosChosenTogetherBecomeAGalleryAndComeBackOut() {
		long deskId = NewsroomFixtures.desk(people);
		String figure = "<figure><img src=\"/images/logo.png\" alt=\"%s\" width=\"200\" height=\"60\"><figcaption>%s</figcaption></figure>";
		ArticleDetail draft = NewsroomFixtures.draft(articles, sections, deskId, "갤러리 묶기 시험 초안",
				figure.formatted("첫 사진", "첫 설명") + figure.formatted("둘째 사진", "둘째 설명"));
		try {
			logIn();
			desk.get("http://localhost:" + port + "/newsroom/articles/" + draft.id());
			WebElement body = new WebDriverWait(desk, Duration.ofSeconds(10))
				.until(d -> d.findElement(By.cssSelector("#body-editor .ProseMirror")));
			body.click();
			body.sendKeys(Keys.chord(Keys.CONTROL, "a"));
			toolbar("갤러리 묶기/풀기").click();
			new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> field().startsWith("<div class=\"gallery\">"));
			assertThat(field()).contains("첫 설명", "둘째 설명").endsWith("</figure></div>");

			body.findElements(By.tagName("img")).get(1).click();
			toolbar("갤러리 묶기/풀기").click();
			new WebDriverWait(desk, Duration.ofSeconds(5)).until(d -> !field().contains("gallery"));
			assertThat(field()).startsWith("<figure>").contains("첫 설명", "둘째 설명");
			assertThat(field().indexOf("첫 설명")).isLessThan(field().indexOf("둘째 설명"));
		}
		finally {
			articles.delete(draft.id());
		}
	}

	private WebElement toolbar(String label) {
		return desk.findElements(By.cssSelector("#body-toolbar button"))
			.stream()
			.filter(button -> button.getText().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private void logIn() {
		NewsroomLogin.as(desk, port, NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
	}

	private String field() {
		return (String) desk.executeScript("return document.getElementById('bodyHtml').value");
	}

	private void paste(WebElement target, String text) {
		desk.executeScript("""
				const data = new DataTransfer();
				data.setData('text/plain', arguments[1]);
				arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
				target, text);
	}

}
