package kr.sinmun.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

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
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.tipoff.Tip;
import kr.sinmun.tipoff.Tips;

import org.springframework.beans.factory.annotation.Autowired;

import static kr.sinmun.browser.Axe.seriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/** The footer's pages and the 기사제보 form, as a reader on a phone and on a desktop uses them. */
@Tag("browser")
class TipAndFooterBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	Tips tips;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	@Test
	void theFooterLeadsToEveryPageAKoreanReaderLooksFor() {
		Map<String, String> pages = Map.of("이메일무단수집거부", "/page/no-email-harvesting", "윤리강령", "/page/ethics",
				"고충처리인", "/page/ombudsman", "광고문의", "/page/advertising", "기사제보", "/tip");
		for (ChromeDriver driver : List.of(phone, desktop)) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				driver.get("http://localhost:" + port + "/");
				WebElement link = driver.findElement(By.cssSelector(".footer-links")).findElement(By.linkText(page.getKey()));
				assertThat(link.getAttribute("href")).endsWith(page.getValue());
				driver.get(link.getAttribute("href"));
				assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(page.getKey());
				assertThat(seriousViolations(driver)).as("axe on %s", page.getValue()).isEmpty();
				assertThat(((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue())
					.isLessThanOrEqualTo(((Number) driver.executeScript("return window.innerWidth")).longValue());
			}
		}
		for (String path : pages.values()) {
			assertThat(HtmlChecker.errors(web().get(path).body())).as("Nu on %s", path).isEmpty();
		}
	}

	@Test
	void aReaderSendsATipWithAPhotoAndIsThanked() throws IOException {
		Path photo = photo();
		for (ChromeDriver driver : List.of(phone, desktop)) {
			String text = "시험용 제보: 버스 정류장 안내판이 한 달째 꺼져 있습니다 " + System.nanoTime();
			driver.get("http://localhost:" + port + "/tip");
			driver.executeScript("""
					window.__shift = 0;
					new PerformanceObserver(list => list.getEntries().forEach(entry => {
					  if (!entry.hadRecentInput) window.__shift += entry.value;
					})).observe({type: 'layout-shift', buffered: true});""");
			assertThat(driver.findElement(By.cssSelector(".tip-consent")).getText()).contains("수집·이용 목적", "수집 항목",
					"보유·이용 기간", "동의를 거부할 권리");
			assertThat(seriousViolations(driver)).isEmpty();
			assertThat((Number) driver.executeScript("return window.__shift")).isEqualTo(0L);
			driver.findElement(By.id("tip-body")).sendKeys(text);
			driver.findElement(By.id("tip-contact")).sendKeys("tipster@example.com");
			driver.findElement(By.id("tip-files")).sendKeys(photo.toString());
			driver.findElement(By.id("tip-consent")).click();
			driver.findElement(By.cssSelector(".tip-submit")).click();
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tip?sent"));
			assertThat(driver.findElement(By.cssSelector(".tip-sent")).getText()).contains("제보를 받았습니다");
			Optional<Tip> stored = tips.list(Optional.empty(), 500).stream().filter(tip -> tip.body().equals(text)).findFirst();
			try {
				assertThat(stored).isPresent();
				assertThat(stored.get().attachments()).singleElement()
					.satisfies(file -> assertThat(file.fileName()).isEqualTo(photo.getFileName().toString()));
			}
			finally {
				stored.ifPresent(tip -> tips.delete(tip.id()));
			}
		}
	}

	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(200, 120, 40));
		graphics.fillRect(0, 0, 400, 300);
		graphics.dispose();
		Path file = Files.createTempFile("정류장", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
