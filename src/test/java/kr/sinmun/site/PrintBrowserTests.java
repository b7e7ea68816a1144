package kr.sinmun.site;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An article printed: the paper's name, the article and its copyright line, nothing else of the screen. */
@Tag("browser")
class PrintBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@RegisterExtension
	static final BrowserSession browsers = new BrowserSession();

	@BeforeAll
	static void start() {
		desktop = browsers.desktopReader();
	}

	@Test
	void aPrintedArticleHasNoMenusBannersOrShareButtons() {
		String article = articles.latestInSection(sections.bySlug("culture").orElseThrow().id(), 1).get(0).url();
		desktop.get("http://localhost:" + port + article);
		assertThat(desktop.findElement(By.cssSelector("nav.menu")).isDisplayed()).as("on screen, the menu").isTrue();
		desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			for (String hidden : List.of("nav.menu", ".search", ".tools", ".share", ".side-column", ".site-footer",
					".ad-slot", ".same-section")) {
				for (WebElement element : desktop.findElements(By.cssSelector(hidden))) {
					assertThat(element.isDisplayed()).as("%s in print", hidden).isFalse();
				}
			}
			assertThat(desktop.findElements(By.cssSelector(".ad-slot"))).as("the demo's house ads are on the page")
				.isNotEmpty();
			assertThat(desktop.findElement(By.cssSelector(".logo")).isDisplayed()).isTrue();
			assertThat(desktop.findElement(By.cssSelector("h1.headline")).isDisplayed()).isTrue();
			assertThat(desktop.findElement(By.id("article-body")).isDisplayed()).isTrue();
			assertThat(desktop.findElement(By.cssSelector(".copyright")).isDisplayed()).isTrue();
		}
		finally {
			desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

}
