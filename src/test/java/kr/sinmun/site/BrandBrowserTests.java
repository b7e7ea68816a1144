package kr.sinmun.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.settings.SiteSettings;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The brand colour from 설정 as readers see it, on a phone and on a desktop. */
@Tag("browser")
class BrandBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	private static ChromeDriver phone;

	@Autowired
	SiteSettings settings;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktop();
		phone = browsers.phone();
	}

	@Test
	void theMastheadMenuAndFooterTakeTheBrandColor() {
		Map<String, String> before = settings.values();
		try {
			Map<String, String> changed = new HashMap<>(before);
			changed.put("brandColor", "#8a1c1c");
			settings.update(changed);
			assertThat(HtmlChecker.errors(web().get("/").body())).isEmpty();
			for (ChromeDriver driver : List.of(phone, desktop)) {
				driver.get("http://localhost:" + port + "/");
				Object width = driver.executeScript("return window.innerWidth");
				// #671515 is the darker shade of #8a1c1c the masthead and the menu's rule take.
				assertThat(driver.findElement(By.cssSelector(".logo")).getCssValue("color")).as("the paper's name at %s px", width)
					.isEqualTo("rgba(103, 21, 21, 1)");
				assertThat(driver.findElement(By.cssSelector("nav.menu")).getCssValue("border-top-color")).as("the menu's rule")
					.isEqualTo("rgba(103, 21, 21, 1)");
				assertThat(driver.findElement(By.cssSelector(".site-footer")).getCssValue("border-top-color")).as("the footer")
					.isEqualTo("rgba(138, 28, 28, 1)");
				assertThat(new AxeBuilder().analyze(driver).getViolations())
					.filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
					.as("axe at %s px", width)
					.isEmpty();
			}
		}
		finally {
			settings.update(before);
		}
	}

}
