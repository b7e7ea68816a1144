package kr.sinmun.newsroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.browser.Browsers;
import kr.sinmun.people.People;
import kr.sinmun.tipoff.TipSubmission;
import kr.sinmun.tipoff.Tips;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 기사제보 for the desk, the list and one tip, at 360 and 1280 px: valid HTML (Nu checker), no serious axe finding,
 * no sideways scrolling of the page on a phone, with what readers really send: a long unbroken address, a long
 * e-mail, several photos, a name with markup in it.
 */
@Tag("browser")
class TipAdminBrowserTests extends IntegrationTest {

	@Autowired
	Tips tips;

	@Autowired
	People people;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void login(ChromeDriver driver) {
		driver.get(url("/newsroom/login"));
		driver.findElement(By.id("username")).sendKeys(NewsroomFixtures.DESK);
		driver.findElement(By.id("password")).sendKeys(NewsroomFixtures.PASSWORD, Keys.ENTER);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.ignoring(StaleElementReferenceException.class);
		wait.until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
	}

	@Test
	void theTipPagesAreValidAccessibleAndFitAPhone() throws Exception {
		NewsroomFixtures.desk(people);
		byte[] png = Files.readAllBytes(NewsroomFixtures.photo());
		String body = "시험용 제보: 우리 동네 버스정류장 안내판이 석 달째 꺼져 있습니다. 구청 누리집 민원 주소는 "
				+ "https://www.example.go.kr/minwon/board/view?seq=2026120500012345&category=transport&page=1 입니다.\n\n"
				+ "밤에는 버스가 언제 오는지 알 수 없어 어르신들이 추운 데서 오래 기다립니다. " + System.nanoTime();
		long id = tips.submit(new TipSubmission("<b>김제보</b>", "very.long.tipster.address.for.testing@subdomain.example.co.kr",
				body, true, List.of(new TipSubmission.Upload("정류장 안내판 사진 원본 파일 이름이 꽤 깁니다.png", png),
						new TipSubmission.Upload("정류장 전경.png", png))),
				"198.51.100." + (200 + (int) (System.nanoTime() % 50)));
		try {
			List<String> paths = List.of("/newsroom/tips", "/newsroom/tips?status=RECEIVED", "/newsroom/tips/" + id,
					"/newsroom/tips/" + id + "?done");
			for (ChromeDriver driver : new ChromeDriver[] { Browsers.phone(), Browsers.desktop() }) {
				try {
					login(driver);
					String cookie = "SINMUN_SESSION=" + driver.manage().getCookieNamed("SINMUN_SESSION").getValue();
					for (String path : paths) {
						HttpResponse<String> response = HttpClient.newHttpClient()
							.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
									HttpResponse.BodyHandlers.ofString());
						assertThat(response.statusCode()).as(path).isEqualTo(200);
						assertThat(HtmlChecker.errors(response.body())).as("Nu HTML checker on %s", path).isEmpty();
						driver.get(url(path));
						long width = (Long) driver.executeScript("return window.innerWidth");
						Results results = new AxeBuilder().analyze(driver);
						assertThat(results.getViolations()
							.stream()
							.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
							.map(rule -> rule.getId() + ": "
									+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
							.toList()).as("axe-core on %s at %s px", path, width).isEmpty();
						assertThat((Boolean) driver.executeScript(
								"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
							.as("no sideways scroll on %s at %s px", path, width)
							.isTrue();
					}
					// The tip's words wrap between words; the long address wraps instead of widening the page.
					driver.get(url("/newsroom/tips/" + id));
					assertThat(driver.findElement(By.cssSelector(".nr-tip-body")).getCssValue("word-break")).isEqualTo("keep-all");
					assertThat(driver.findElement(By.cssSelector(".nr-tip-body")).getText()).contains("버스정류장 안내판이");
					assertThat(driver.getPageSource()).contains("&lt;b&gt;김제보&lt;/b&gt;").doesNotContain("<b>김제보</b>");
				}
				finally {
					driver.quit();
				}
			}
		}
		finally {
			tips.delete(id);
		}
	}

}
