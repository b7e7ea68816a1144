package kr.sinmun.ads;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.browser.BrowserSession;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Banners in a real browser: filled lazily into reserved space, counted once when seen, never moving the page. */
@Tag("browser")
class BannerBrowserTests extends IntegrationTest {

	private static ChromeDriver desktop;

	@Autowired
	Banners banners;

	@Autowired
	MediaLibrary media;

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
		desktop = browsers.desktopReader();
	}

	private long image(int width, int height, Color color) throws IOException {
		BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(picture, "png", bytes);
		return media.store(bytes.toByteArray()).id();
	}

	private Campaign campaign(String name, String slot, long image) {
		Instant now = Instant.now();
		Campaign campaign = banners.create(new CampaignDraft("브라우저 광고주", name, "IMAGE", image, name + " 배너", null, false,
				"https://shop.example/" + slot, now.minusSeconds(60), now.plus(Duration.ofDays(1)), 1000, List.of(slot),
				List.of(), null, false));
		banners.decide(campaign.id(), "APPROVED", 1);
		return campaign;
	}

	private static boolean scrolledTo(String end) {
		return Boolean.TRUE.equals(desktop.executeScript("top".equals(end) ? "return window.scrollY === 0"
				: "return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1"));
	}

	private long impressions(Campaign campaign) {
		banners.flush();
		LocalDate today = LocalDate.now(KoreanDates.SEOUL);
		return banners.report(campaign.id(), today, today).stream().mapToLong(DayCount::impressions).sum();
	}

	@Test
	void bannersLoadLazilyIntoReservedSpaceAndCountOneImpressionWhenSeen() throws Exception {
		Campaign side = campaign("오른쪽 배너", "right-top", image(300, 250, new Color(200, 40, 40)));
		Campaign inline = campaign("본문 배너", "article-inline", image(300, 250, new Color(40, 120, 200)));
		Campaign footer = campaign("하단 배너", "footer", image(728, 90, new Color(40, 160, 80)));
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 8; i++) {
			body.append("<p>배너 시험 기사의 ").append(i).append("번째 문단입니다. 독자가 읽는 동안 광고가 자리를 밀어내면 안 됩니다. ")
				.append("문장을 조금 더 길게 써서 화면을 채웁니다. 다시 한 번 문장을 더 씁니다.</p>");
		}
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("culture").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "배너 시험 기사", null, body.toString(), List.of(),
				ArticleStatus.PUBLISHED, null));

		desktop.get("http://localhost:" + port + "/news/" + article.id());
		desktop.executeScript("""
				window.__shift = 0;
				window.__moved = [];
				new PerformanceObserver(list => list.getEntries().forEach(entry => {
				  if (entry.hadRecentInput) return;
				  window.__shift += entry.value;
				  // The whole box (x,y,width,height) before and after: CI once saw only 'BUTTON.all-menu-button 236 -> 236'.
				  const box = rect => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',');
				  (entry.sources || []).forEach(source => {
				    const element = source.node && (source.node.nodeType === 1 ? source.node : source.node.parentElement);
				    if (element && element.closest('.ad-slot')) return;
				    window.__moved.push((element ? element.tagName + '.' + element.className : '?') + ' at '
				        + Math.round(entry.startTime) + ' ms: ' + box(source.previousRect) + ' -> ' + box(source.currentRect));
				  });
				})).observe({type: 'layout-shift', buffered: true});""");
		WebDriverWait wait = new WebDriverWait(desktop, Duration.ofSeconds(10));
		wait.until(d -> "true".equals(d.findElement(By.cssSelector(".ad-slot[data-slot=right-top]")).getAttribute("data-filled")));
		assertThat(desktop.findElement(By.cssSelector(".ad-slot[data-slot=right-top] .ad-label")).getText()).isEqualTo("광고");
		assertThat(desktop.findElement(By.cssSelector(".ad-slot[data-slot=right-top] a")).getAttribute("href"))
			.endsWith("/ad/click/" + side.id());
		// The in-article slot sits after the third paragraph, in the page from the start.
		assertThat(desktop.findElements(By.cssSelector("#article-body > p")).get(2).findElement(By.xpath("following-sibling::*[1]"))
			.getAttribute("data-slot")).isEqualTo("article-inline");
		// Far below the fold, the footer slot has not even asked for a banner yet.
		assertThat(desktop.findElement(By.cssSelector(".ad-slot[data-slot=footer]")).getAttribute("data-filled")).isNull();

		// Below the fold on this screen: filled already (it is near), but not yet seen, so not yet counted.
		await("보이기 전에는 노출을 세지 않음").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> impressions(side), count -> count == 0);
		desktop.executeScript("document.querySelector('.ad-slot[data-slot=right-top]').scrollIntoView({block: 'center'})");
		wait.until(d -> impressions(side) == 1);
		desktop.executeScript("window.scrollTo(0, document.body.scrollHeight)");
		wait.until(d -> "true".equals(d.findElement(By.cssSelector(".ad-slot[data-slot=footer]")).getAttribute("data-filled")));
		wait.until(d -> impressions(footer) == 1);
		// Away and back again: the footer banner is seen a second time in this page view, still one impression.
		desktop.executeScript("window.scrollTo(0, 0)");
		wait.until(d -> scrolledTo("top"));
		desktop.executeScript("window.scrollTo(0, document.body.scrollHeight)");
		wait.until(d -> scrolledTo("bottom"));
		await("한 번 본 광고는 한 번만 셈").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> List.of(impressions(side), impressions(footer)), counts -> counts.equals(List.of(1L, 1L)));
		assertThat("true".equals(desktop.findElement(By.cssSelector(".ad-slot[data-slot=article-inline]")).getAttribute("data-filled")))
			.isTrue();
		assertThat(impressions(inline)).isEqualTo(1);
		// Nothing outside the slots may move. What moves inside a slot of fixed size (a banner's own picture as it
		// decodes) cannot push the text the reader is on; CI once saw such a shift of 0.005.
		assertThat(desktop.executeScript("return window.__moved")).as("page parts moved by a layout shift (CLS %s)",
				desktop.executeScript("return window.__shift")).asList().isEmpty();
	}

}
