package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SiteIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private Document page(String path) {
		Response response = web().get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		return Jsoup.parse(response.body());
	}

	@Test
	void everyPageHeaderShowsTheKoreanDateTheMenuAndSearch() {
		for (String path : List.of("/", "/section/politics", "/news/1", "/page/about")) {
			Document document = page(path);
			String today = document.selectFirst(".today").text();
			assertThat(today).matches("\\d{4}년 \\d{2}월 \\d{2}일 [월화수목금토일]요일");
			assertThat(today).isEqualTo(KoreanDates.headerDate(clock.instant()));
			assertThat(document.select("nav.menu a").eachText()).containsSubsequence("정치", "경제", "산업", "사회", "국제",
					"문화", "스포츠", "오피니언");
			assertThat(document.selectFirst("form[role=search] input[name=q]")).isNotNull();
			assertThat(document.selectFirst("html").attr("lang")).isEqualTo("ko");
		}
	}

	@Test
	void homeHasATopStoryWithPhotoAndABoxPerSectionWithMoreLinks() {
		// The top story is the newest article with a photo. Other tests publish photo-less articles into the same
		// database (the three-node test, 200 of them), so this test publishes its own, with a demo photo.
		String photo = articles.latest(200).stream()
			.map(ArticleSummary::imageUrl)
			.filter(url -> url != null && url.startsWith("/media/"))
			.findFirst()
			.orElseThrow();
		ArticleDetail withPhoto = articles.create(new ArticleDraft(sections.bySlug("economy").orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), "항만 물동량 석 달째 늘어", null,
				"<figure><img src=\"" + photo + "\" alt=\"부두에 쌓인 컨테이너\"><figcaption>부두의 컨테이너</figcaption></figure>"
						+ "<p>항만 물동량이 석 달째 늘었다고 해양 당국이 밝혔다.</p>",
				List.of("시험"), ArticleStatus.PUBLISHED, clock.instant().minusSeconds(1)));
		Document home = page("/");
		assertThat(home.selectFirst(".top-story img")).isNotNull();
		assertThat(home.selectFirst(".top-story a").attr("href")).contains("/news/" + withPhoto.id());
		// Every section of the menu but 오피니언, which the 오피니언 box shows with its writers' faces.
		List<Element> boxes = home.select(".section-box");
		assertThat(boxes).hasSize(7);
		assertThat(home.select("[data-box=OPINION] h2").eachText()).containsExactly("오피니언");
		for (Element box : boxes) {
			String url = box.selectFirst("h2 a").attr("href");
			assertThat(box.selectFirst("a.more").attr("href")).isEqualTo(url);
			assertThat(box.selectFirst("a.more").text()).startsWith("더보기");
			// As the desk composed it (here the default): cards, a photo list or headlines.
			assertThat(box.select(".item, .card, .headlines li")).hasSizeBetween(1, 12);
			for (Element teaser : box.select(".teaser")) {
				assertThat(teaser.text().length()).isLessThanOrEqualTo(121);
			}
		}
		assertThat(home.selectFirst(".hot-click h2").text()).isEqualTo("많이 본 뉴스");
		assertThat(home.select(".hot-click #most-read-day li")).hasSize(7);
		assertThat(home.select(".hot-click #most-read-week li")).hasSize(7);
		assertThat(home.select(".ad-slot")).isNotEmpty();
	}

	@Test
	void sectionPagesListNewestFirstTwentyAPageAndRefusePagesOutOfRange() {
		Instant base = clock.instant().minus(Duration.ofDays(20));
		for (int i = 0; i < 21; i++) {
			ArticleFixtures.publish(articles, sections, people, "opinion", "페이지 시험 기사 " + i,
					base.plus(Duration.ofMinutes(i)));
		}
		Document first = page("/section/opinion");
		assertThat(first.selectFirst("h1").text()).isEqualTo("오피니언");
		assertThat(first.select(".items .item")).hasSize(20);
		List<String> times = first.select(".items .item time").eachAttr("datetime");
		List<String> sorted = new ArrayList<>(times);
		sorted.sort(java.util.Comparator.reverseOrder());
		assertThat(times).isEqualTo(sorted);
		assertThat(first.select(".pagination a").eachText()).contains("2", "다음");

		Document second = page("/section/opinion?page=2");
		assertThat(second.select(".items .item")).isNotEmpty();
		assertThat(second.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("2");
		assertThat(second.text()).contains("페이지 시험 기사 0");

		assertThat(web().get("/section/opinion?page=99").status()).isEqualTo(404);
		assertThat(web().get("/section/opinion?page=0").status()).isEqualTo(404);
		assertThat(web().get("/section/opinion?page=둘").status()).isEqualTo(404);
	}

	@Test
	void articlePageShowsWhatAKoreanNewsPageShows() {
		ArticleDetail withPhoto = articles.all(sections.bySlug("sports").orElseThrow().id(), new ArticleViewer(0, true), 1, 50)
			.items()
			.stream()
			.filter(article -> article.imageUrl() != null && article.subheadline() != null
					&& article.subheadline().contains("\n"))
			.findFirst()
			.orElseThrow();
		// A slug is not part of the address: it leads to the canonical one.
		Response slugged = web().get("/news/" + withPhoto.id() + "/any-slug");
		assertThat(slugged.status()).isEqualTo(301);
		assertThat(slugged.header("Location")).isEqualTo("/news/" + withPhoto.id());
		Document article = page(slugged.header("Location"));
		assertThat(article.selectFirst(".article-head .label a").attr("href")).isEqualTo("/section/sports");
		assertThat(article.selectFirst("h1.headline").text()).isEqualTo(withPhoto.headline());
		assertThat(article.select(".deck p")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(article.selectFirst(".byline .reporter").text()).contains("최하린 기자", "@sinmun.example");
		assertThat(article.selectFirst(".byline .times").text()).matches("입력 \\d{4}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2}.*");
		assertThat(article.selectFirst(".byline time").attr("datetime")).endsWith("+09:00");
		assertThat(article.selectFirst(".article-body figure img").attr("alt")).isNotBlank();
		assertThat(article.selectFirst(".article-body figcaption .credit").text()).isEqualTo("그래픽=신문일보");
		assertThat(article.select(".tags li").eachText()).allMatch(tag -> tag.startsWith("#"));
		assertThat(article.select(".share [data-share], .share a").eachText()).contains("링크 복사", "페이스북", "X",
				"카카오톡");
		assertThat(article.select(".font-size button")).hasSize(2);
		assertThat(article.selectFirst(".copyright").text()).isEqualTo("저작권자 © 신문일보 무단전재 및 재배포 금지");
		assertThat(article.selectFirst(".hot-click h2").text()).isEqualTo("HOT클릭 TOP7");
		assertThat(article.selectFirst(".same-section h2").text()).isEqualTo("스포츠 최신기사");
		assertThat(article.selectFirst("link[rel=canonical]").attr("href")).endsWith("/news/" + withPhoto.id());
	}

	@Test
	void showsTheUpdateTimeOnlyAfterARealChange() {
		ArticleDetail fresh = ArticleFixtures.publish(articles, sections, people, "world", "수정 시각 시험",
				clock.instant().minus(Duration.ofHours(2)));
		assertThat(page("/news/" + fresh.id()).selectFirst(".byline .times").text()).doesNotContain("수정");
		articles.update(fresh.id(), new kr.sinmun.article.ArticleDraft(fresh.sectionId(), fresh.reporterId(),
				"수정 시각 시험 (고침)", null, fresh.bodyHtml(), fresh.tags(), fresh.status(), null));
		String times = page("/news/" + fresh.id()).selectFirst(".byline .times").text();
		assertThat(times).contains("입력 " + KoreanDates.stamp(fresh.publishedAt())).contains("수정 ");
	}

	@Test
	void unknownOrUnpublishedPagesAnswerAKorean404() {
		ArticleDetail future = ArticleFixtures.publish(articles, sections, people, "society", "아직 시각이 오지 않은 기사",
				clock.instant().plus(Duration.ofDays(1)));
		for (String path : List.of("/news/abc", "/news/987654321", "/news/" + future.id(), "/section/weather",
				"/page/nothing", "/no/such/page", "/news/99999999999999999999")) {
			Response response = web().get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			Document document = Jsoup.parse(response.body());
			assertThat(document.selectFirst("h1").text()).as(path).isEqualTo("페이지를 찾을 수 없습니다");
			assertThat(document.select("nav.menu a").eachText()).as(path).contains("정치");
		}
	}

	@Test
	void aServerErrorShowsAKoreanPageWithoutInternals() {
		Response response = web().get("/test-only/failure");
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.body()).contains("일시적인 오류가 발생했습니다").doesNotContain("hunter2", "IllegalState", "at kr.");
	}

	@Test
	void footerPrintsPublisherDetailsAndLinksTheStaticPages() {
		Document home = page("/");
		String footer = home.selectFirst(".site-footer").text();
		assertThat(footer).contains("등록번호", "발행인", "편집인", "청소년보호책임자", "저작권자 © 신문일보");
		List<String> links = home.select(".footer-links a").eachText();
		assertThat(links).containsExactly("회사소개", "기사제보", "청소년보호정책", "개인정보처리방침", "이메일무단수집거부", "윤리강령",
				"고충처리인", "광고문의");
		// 기사제보 opens the form, with the page's text above it.
		assertThat(home.select(".footer-links a").eachAttr("href")).contains("/tip");
		for (String href : home.select(".footer-links a").eachAttr("href")) {
			Document page = page(href);
			assertThat(page.selectFirst("h1").text()).isIn(links);
			assertThat(page.select(".article-body p")).isNotEmpty();
		}
	}

	@Test
	void bylinesLeadToTheReportersPageWithTheirArticles() {
		Document article = page("/news/1");
		String reporterUrl = article.selectFirst(".byline .reporter a").attr("href");
		Document reporter = page(reporterUrl);
		String name = article.selectFirst(".byline .reporter a").text().replace(" 기자", "");
		assertThat(reporter.selectFirst("h1").text()).isEqualTo(name + " 기자");
		assertThat(reporter.selectFirst(".reporter-bio").text()).isNotBlank();
		assertThat(reporter.select(".items .item")).isNotEmpty();
		assertThat(reporter.select(".items .meta .reporter").eachText()).allMatch(text -> text.equals(name + " 기자"));
		assertThat(web().get("/reporter/987654").status()).isEqualTo(404);
		assertThat(web().get(reporterUrl + "?page=99").status()).isEqualTo(404);
	}

	@Test
	void homeLatestHeadlinesAreNewestFirst() {
		Document home = page("/");
		List<String> times = home.select(".latest .headlines time").eachAttr("datetime");
		List<String> sorted = new ArrayList<>(times);
		sorted.sort(java.util.Comparator.reverseOrder());
		assertThat(times).isNotEmpty().isEqualTo(sorted);
		Matcher id = Pattern.compile("/news/(\\d+)").matcher(home.selectFirst(".top-story h2 a").attr("href"));
		assertThat(id.find()).isTrue();
	}

}
