package kr.sinmun.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.portal.PortalFeed;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo paper is for a first look and never leaves the installation, while what the paper writes after it
 * goes out as usual. The suite's application is such a first start: the demo installed on an empty database,
 * with the Kakao gateway and a CDN purge endpoint configured (both local stand-ins).
 */
class DemoContentIntegrationTests extends IntegrationTest {

	private static final Pattern NEWS_LINK = Pattern.compile("/news/(\\d+)");

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	PortalFeed portals;

	@Autowired
	SeriesCatalog seriesCatalog;

	@Autowired
	DemoContent demoContent;

	private List<Long> demo;

	// The installer's articles, found by their headlines in the demo file: other tests sharing this database
	// may store demo articles of their own (the search evaluation does, to keep them out of feeds and portals).
	@BeforeEach
	void findTheDemoArticles() throws IOException {
		Set<String> headlines;
		try (InputStream file = new ClassPathResource("demo/articles.txt").getInputStream()) {
			headlines = DemoFile.read(file).stream().map(DemoArticle::headline).collect(Collectors.toSet());
		}
		List<ArticleDetail> installed = articles.all(null, new ArticleViewer(0, true), 1, 10_000)
			.items()
			.stream()
			.filter(article -> headlines.contains(article.headline()))
			.toList();
		assertThat(installed).as("the demo paper's articles").hasSize(44);
		assertThat(installed).as("marked as demo").allMatch(ArticleDetail::demo);
		demo = installed.stream().map(ArticleDetail::id).toList();
	}

	private ArticleDetail publishOwn(String headline) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), headline, null, "<p>" + headline + " 본문입니다.</p>",
				List.of(), ArticleStatus.PUBLISHED, null));
	}

	@Test
	void aFirstStartSendsNoDemoArticleToThePortalOrTheCdnWhileThePapersOwnGoOut() {
		ArticleDetail own = publishOwn("데모 설치 뒤 처음 쓴 자체 기사");
		// Deliveries go out in the order they were queued, and purges one after another: once the paper's
		// own article has arrived, everything the first start queued before it has arrived too.
		await("the paper's article at the portal").atMost(Duration.ofSeconds(30))
			.until(() -> !KAKAO.callsFor(own.id()).isEmpty());
		await("the paper's article purged at the CDN").atMost(Duration.ofSeconds(30))
			.until(() -> CDN.purges().stream().anyMatch(keys -> purged(keys, own.id())));

		for (long id : demo) {
			assertThat(portals.deliveries(id)).as("portal deliveries of demo article %d", id).isEmpty();
			assertThat(KAKAO.callsFor(id)).as("calls to Kakao about demo article %d", id).isEmpty();
			assertThat(CDN.purges()).as("CDN purges naming demo article %d", id).noneMatch(keys -> purged(keys, id));
		}
	}

	@Test
	void theDeskCannotSendADemoArticleAndRemovingOneTellsThePortalNothing() {
		portals.resend(demo.get(0));
		assertThat(portals.deliveries(demo.get(0))).isEmpty();

		ArticleDetail removed = articles.createDemo(new ArticleDraft(sections.bySlug("culture").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "지울 데모 기사", null, "<p>데모 본문.</p>", List.of(),
				ArticleStatus.PUBLISHED, null));
		articles.delete(removed.id());
		// The outbox row would be written in the transaction that deleted it: there is none.
		assertThat(portals.deliveries(removed.id())).isEmpty();
	}

	@Test
	void feedsAndSitemapsListThePapersOwnArticlesAndNoDemoArticle() {
		ArticleDetail own = publishOwn("피드와 사이트맵에 실릴 자체 기사");

		List<Long> listed = new ArrayList<>();
		String all = web().get("/rss/allArticle.xml").body();
		String section = web().get("/rss/society.xml").body();
		String news = web().get("/sitemap-news.xml").body();
		assertThat(List.of(all, section, news)).allSatisfy(xml -> assertThat(ids(xml)).contains(own.id()));
		listed.addAll(ids(all));
		listed.addAll(ids(section));
		listed.addAll(ids(news));
		sections.all().forEach(each -> listed.addAll(ids(web().get("/rss/" + each.slug() + ".xml").body())));
		Matcher months = Pattern.compile("<loc>http://localhost(/sitemap-articles-[0-9-]+\\.xml)</loc>")
			.matcher(web().get("/sitemap.xml").body());
		List<Long> inSitemaps = new ArrayList<>();
		while (months.find()) {
			inSitemaps.addAll(ids(web().get(months.group(1)).body()));
		}
		assertThat(inSitemaps).contains(own.id());
		listed.addAll(inSitemaps);
		assertThat(listed).as("articles that feeds and sitemaps hand to portals and search engines")
			.doesNotContainAnyElementsOf(demo);
	}

	@Test
	void demoArticlePagesAskSearchEnginesNotToIndexThemButTheirReadersStillSeeThem() {
		ArticleDetail own = publishOwn("검색엔진에 실릴 자체 기사");
		Document demoPage = Jsoup.parse(web().get("/news/" + demo.get(0)).body());
		assertThat(demoPage.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(demoPage.selectFirst("h1.headline")).isNotNull();
		Document ownPage = Jsoup.parse(web().get("/news/" + own.id()).body());
		assertThat(ownPage.select("meta[name=robots]")).isEmpty();
	}

	@Test
	void everyDemoReporterHasTheirOwnPortraitOnTheirPageAndTheReporterCard() throws IOException {
		List<int[]> faces = new ArrayList<>();
		for (String name : List.of("박서연", "이도윤", "최하린")) {
			Reporter reporter = people.reporterNamed(name).orElseThrow();
			assertThat(reporter.photo()).as("%s's portrait", name).isNotNull();
			WebClient.Response file = web().get(reporter.photo().url());
			assertThat(file.status()).isEqualTo(200);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
			assertThat(image).as("%s's portrait decodes", name).isNotNull();
			assertThat(image.getWidth()).isEqualTo(reporter.photo().width());
			assertThat(image.getHeight()).isEqualTo(reporter.photo().height());
			faces.add(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
			Document page = Jsoup.parse(web().get(reporter.url()).body());
			assertThat(page.select("img.reporter-photo").attr("src")).isEqualTo(reporter.photo().url());
		}
		assertThat(faces.get(0)).isNotEqualTo(faces.get(1));
		assertThat(faces.get(1)).isNotEqualTo(faces.get(2));
		assertThat(faces.get(0)).isNotEqualTo(faces.get(2));
	}

	@Test
	void aLaterStartGivesADemoReporterWithoutAPortraitOneAndLeavesTheRestAlone() {
		Reporter harin = people.reporterNamed("최하린").orElseThrow();
		Reporter seoyeon = people.reporterNamed("박서연").orElseThrow();
		long before = articles.count();
		// As a demo installed before the staff had portraits left 최하린.
		people.setPhoto(harin.id(), null, 0, 0);
		assertThat(people.reporter(harin.id()).orElseThrow().photo()).isNull();

		demoContent.run(null);

		Reporter.Photo given = people.reporter(harin.id()).orElseThrow().photo();
		assertThat(given).isNotNull();
		assertThat(web().get(given.url()).status()).isEqualTo(200);
		assertThat(people.reporter(seoyeon.id()).orElseThrow().photo()).as("a portrait already there stays")
			.isEqualTo(seoyeon.photo());
		assertThat(articles.count()).as("nothing installed again").isEqualTo(before);
	}

	@Test
	void theDemoOpinionPiecesRunInSeriesExceptTheReadersLetter() {
		Map<String, String> seriesOf = new HashMap<>();
		for (long id : demo) {
			ArticleDetail article = articles.find(id).orElseThrow();
			if (article.headline().startsWith("[")) {
				seriesOf.put(article.headline(), article.seriesId() == null ? "없음"
						: seriesCatalog.byId(article.seriesId()).map(Series::name).orElseThrow());
			}
		}
		assertThat(seriesOf).containsEntry("[사설] 빠른 기사보다 바른 기사가 먼저다", "사설")
			.containsEntry("[사설] 지방소멸 대책, 숫자보다 사람이 남게 해야", "사설")
			.containsEntry("[칼럼] AI가 바꾸는 일자리, ‘재교육’이라는 말의 함정", "한빛 칼럼")
			.containsEntry("[칼럼] 골목 가게의 셔터가 다시 올라가려면", "한빛 칼럼")
			.containsEntry("[기자수첩] 통학로 ‘노란 발자국’이 사라진 이유", "기자수첩")
			.containsEntry("[독자기고] 동네 도서관은 우리 마을의 거실입니다", "없음");
	}

	private static boolean purged(String keys, long articleId) {
		return Arrays.asList(keys.split(" ")).contains("article-" + articleId);
	}

	private static List<Long> ids(String xml) {
		List<Long> ids = new ArrayList<>();
		Matcher link = NEWS_LINK.matcher(xml);
		while (link.find()) {
			ids.add(Long.parseLong(link.group(1)));
		}
		return ids;
	}

}
