package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.ArticleText;
import kr.sinmun.article.Articles;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.Role;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.ranking.Referrer;
import kr.sinmun.ranking.ViewHistory;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's 오피니언, 영상 and 많이 본 뉴스 (일간·주간) boxes and each section page's most-read of the week,
 * as readers get them through the page cache: what each shows, what it leaves out, and which change drops the
 * cached page.
 */
class HomeBoxesIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Ranking ranking;

	@Autowired
	SeriesCatalog seriesCatalog;

	@Autowired
	SeriesEpisodes episodes;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeWhatWasMade() {
		made.forEach(id -> articles.delete(id));
		made.clear();
	}

	private long admin() {
		return people.userId("admin").orElseThrow();
	}

	private ArticleDetail publish(String section, long reporterId, String headline, String body, Instant at) {
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(), reporterId,
				headline, null, body, List.of("시험"), ArticleStatus.PUBLISHED, at));
		made.add(article.id());
		return article;
	}

	private ArticleDetail publish(String section, String headline, Instant at) {
		return publish(section, people.reporterNamed("박서연").orElseThrow().id(), headline,
				"<p>" + headline + "에 관한 시험용 본문입니다.</p>", at);
	}

	private Reporter columnist(String name) {
		String username = "col" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		return people.create(new NewUser(username, "시험용-비밀번호-" + UUID.randomUUID(), name, username + "@sinmun.example",
				Role.REPORTER, null));
	}

	private static String video(String provider, String id) {
		return "<p>영상과 함께 읽는 시험용 본문입니다.</p><div data-video-provider=\"" + provider + "\" data-video-id=\"" + id
				+ "\" data-video-title=\"시험 영상\"></div>";
	}

	private Document home() {
		return Jsoup.parse(web().get("/").body());
	}

	@Test
	void theOpinionBoxShowsTheNewestColumnsWithTheWritersFacesAndFallsBackToAnInitial() {
		Reporter withFace = columnist("윤서진");
		Reporter withoutFace = columnist("한도경");
		people.setPhoto(withFace.id(), "/media/test-face-" + withFace.id() + ".jpg", 160, 200);
		Instant now = clock.instant();
		ArticleDetail older = publish("opinion", withoutFace.id(), "[칼럼] 골목 상권이 버티는 법",
				"<p>골목 상권에 관한 시험용 칼럼입니다.</p>", now.minusSeconds(60));
		ArticleDetail newest = publish("opinion", withFace.id(), "[시론] 느린 행정의 값",
				"<p>행정에 관한 시험용 칼럼입니다.</p>", now.minusSeconds(1));
		ArticleDetail notOpinion = publish("economy", withFace.id(), "오피니언이 아닌 경제 기사", "<p>경제 기사입니다.</p>",
				now);

		WebClient.Response answer = web().get("/");
		Element box = Jsoup.parse(answer.body()).selectFirst("[data-box=OPINION]");
		assertThat(box).isNotNull();
		assertThat(box.selectFirst("h2").text()).isEqualTo("오피니언");
		// Other tests sharing the database (CI's second run) may have opinion pieces of their own in the box: these
		// two are found by headline, the newer first.
		List<String> links = box.select(".opinion-item .opinion-text a").eachAttr("href");
		assertThat(links).contains(newest.url(), older.url());
		assertThat(links.indexOf(newest.url())).isLessThan(links.indexOf(older.url()));
		List<Element> items = List.of(opinionItem(box, newest), opinionItem(box, older));
		// In no 연재, a piece is named by its headline's label, which then leaves the headline.
		assertThat(items.get(0).selectFirst(".opinion-column").text()).isEqualTo("시론");
		assertThat(items.get(0).selectFirst(".opinion-text a").text()).isEqualTo("느린 행정의 값");
		assertThat(items.get(1).selectFirst(".opinion-column").text()).isEqualTo("칼럼");
		assertThat(items.get(1).selectFirst(".opinion-text a").text()).isEqualTo("골목 상권이 버티는 법");
		assertThat(items.get(0).selectFirst(".opinion-writer").text()).isEqualTo("윤서진 기자");
		Element face = items.get(0).selectFirst("img.opinion-face");
		assertThat(face.attr("src")).isEqualTo("/media/test-face-" + withFace.id() + ".jpg");
		// Its room is reserved, and the name beside it says who it is.
		assertThat(face.attr("width")).isEqualTo("48");
		assertThat(face.attr("height")).isEqualTo("48");
		assertThat(face.attr("alt")).isEmpty();
		assertThat(items.get(1).selectFirst("img")).isNull();
		assertThat(items.get(1).selectFirst(".opinion-face--initial").text()).isEqualTo("한");
		assertThat(box.text()).doesNotContain(notOpinion.headline());
		// The faces are on the page, so a new portrait drops it.
		assertThat(answer.header("Surrogate-Key")).contains("reporter-" + withFace.id(), "reporter-" + withoutFace.id());

		people.setPhoto(withoutFace.id(), "/media/test-face-" + withoutFace.id() + ".jpg", 160, 200);
		Element after = home().selectFirst("[data-box=OPINION]");
		assertThat(opinionItem(after, older).selectFirst("img.opinion-face").attr("src"))
			.as("the cached home page went with the new portrait")
			.isEqualTo("/media/test-face-" + withoutFace.id() + ".jpg");
	}

	@Test
	void theOpinionBoxNamesEachColumnByItsSeriesWithoutRepeatingTheLabelAndShowsTheWritersPhotoAndTitle() {
		Reporter writer = columnist("남궁하윤");
		people.setPhoto(writer.id(), "/media/test-face-" + writer.id() + ".jpg", 160, 200);
		String slug = "col-" + UUID.randomUUID().toString().substring(0, 8);
		Series column = seriesCatalog.save(null, slug, "시험 한빛 칼럼", "", true);
		Instant now = clock.instant();
		try {
			ArticleDetail labelled = publish("opinion", writer.id(), "[칼럼] 시험 칼럼이 말하는 것",
					"<p>연재 칼럼의 시험용 본문입니다.</p>", now.minusSeconds(2));
			ArticleDetail other = publish("opinion", writer.id(), "[단독] 연재 이름과 다른 말머리",
					"<p>연재 칼럼의 두 번째 시험용 본문입니다.</p>", now.minusSeconds(1));
			episodes.place(labelled.id(), column.id());
			episodes.place(other.id(), column.id());

			WebClient.Response answer = web().get("/");
			Element box = Jsoup.parse(answer.body()).selectFirst("[data-box=OPINION]");
			Element item = opinionItem(box, labelled);
			assertThat(item.selectFirst(".opinion-column").text()).isEqualTo("시험 한빛 칼럼");
			// The column's name says 칼럼 already: the headline leaves its label out, and says the rest once.
			assertThat(item.selectFirst(".opinion-text a").text()).isEqualTo("시험 칼럼이 말하는 것");
			assertThat(item.text()).doesNotContain("[칼럼]");
			assertThat(item.selectFirst(".opinion-writer").text()).isEqualTo("남궁하윤 기자");
			Element photo = item.selectFirst("img.opinion-face");
			assertThat(photo).isNotNull();
			assertThat(photo.attr("src")).isEqualTo("/media/test-face-" + writer.id() + ".jpg");
			// A label the series' name does not say stays in the headline.
			assertThat(opinionItem(box, other).selectFirst(".opinion-text a").text()).isEqualTo(other.headline());
			assertThat(answer.header("Surrogate-Key")).contains("series-" + column.id());

			// The name is the series': a renamed series drops the cached home page.
			seriesCatalog.save(column.id(), slug, "시험 두레 칼럼", "", true);
			assertThat(opinionItem(home().selectFirst("[data-box=OPINION]"), labelled).selectFirst(".opinion-column")
				.text()).isEqualTo("시험 두레 칼럼");
		}
		finally {
			// A series is never deleted: this one ends, and its pieces go with the test's other articles.
			seriesCatalog.save(column.id(), slug, "시험 두레 칼럼", "", false);
		}
	}

	private static Element opinionItem(Element box, ArticleDetail article) {
		return box.select(".opinion-item")
			.stream()
			.filter(item -> item.selectFirst(".opinion-text a").attr("href").equals(article.url()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not in the 오피니언 box: " + article.headline()));
	}

	@Test
	void theVideoBoxListsTheNewestVideoArticlesWithAStillAndLeavesOutTheRest() {
		Instant now = clock.instant();
		ArticleDetail youtube = publish("society", people.reporterNamed("박서연").orElseThrow().id(),
				"시험 영상 기사: 출근길 버스 현장", video("youtube", "dQw4w9WgXcQ"), now.minusSeconds(2));
		ArticleDetail naver = publish("culture", people.reporterNamed("박서연").orElseThrow().id(),
				"시험 영상 기사: 창작 뮤지컬 연습실", video("navertv", "12345678"), now.minusSeconds(1));
		ArticleDetail plain = publish("society", "시험 영상 없는 기사", now);
		// A block whose id its provider does not admit is dropped by the sanitizer: no video, no place in the box.
		ArticleDetail bogus = publish("society", people.reporterNamed("박서연").orElseThrow().id(),
				"시험 영상 주소가 틀린 기사", video("youtube", "short"), now.minusSeconds(3));

		Element box = home().selectFirst("[data-box=VIDEO]");
		assertThat(box).isNotNull();
		assertThat(box.selectFirst("h2").text()).isEqualTo("영상");
		List<Element> cards = box.select(".video-card");
		assertThat(cards.get(0).selectFirst(".card-title a").attr("href")).isEqualTo("/news/" + naver.id());
		assertThat(cards.get(1).selectFirst(".card-title a").attr("href")).isEqualTo("/news/" + youtube.id());
		assertThat(cards.get(0).selectFirst(".video-still").text()).isEqualTo("네이버TV");
		assertThat(cards.get(1).selectFirst(".video-still").text()).isEqualTo("YouTube");
		assertThat(cards).allSatisfy(card -> assertThat(card.selectFirst(".video-mark")).isNotNull());
		assertThat(box.text()).doesNotContain(plain.headline()).doesNotContain(bogus.headline());

		// Editing the video out, or taking the article down, takes it out of the box at once.
		ArticleDetail current = articles.find(naver.id()).orElseThrow();
		articles.revise(naver.id(), new ArticleText(current.sectionId(), current.reporterId(), current.headline(),
				current.subheadline(), "<p>영상을 뺀 본문입니다.</p>", current.tags(), current.coReporterIds(),
				current.wireSource()), current.version(), admin());
		articles.move(youtube.id(), ArticleStatus.UNPUBLISHED, null, false, admin());
		Element after = home().selectFirst("[data-box=VIDEO]");
		String shown = after == null ? "" : after.text();
		assertThat(shown).doesNotContain(naver.headline()).doesNotContain(youtube.headline());
	}

	@Test
	void mostReadHasDailyAndWeeklyListsAndEachSectionItsWeekWithoutWithdrawnArticles() {
		Instant now = clock.instant();
		Instant threeDaysAgo = now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		ArticleDetail weekLeader = publish("sports", "시험 주간 1위: 프로야구 가을 야구 열기", now.minus(Duration.ofDays(4)));
		ArticleDetail weekSecond = publish("sports", "시험 주간 2위: 마라톤 대회 교통 통제", now.minus(Duration.ofDays(4)));
		ArticleDetail withdrawn = publish("sports", "시험 주간 내려간 기사", now.minus(Duration.ofDays(4)));
		ArticleDetail otherSection = publish("economy", "시험 주간 경제 기사", now.minus(Duration.ofDays(4)));
		try (ViewHistory views = new ViewHistory(context)) {
			// Read days ago: in the week's lists, not in the last 24 hours'.
			views.add(threeDaysAgo, withdrawn.id(), Referrer.DIRECT, 9_300_000)
				.add(threeDaysAgo, weekLeader.id(), Referrer.DIRECT, 9_200_000)
				.add(threeDaysAgo, weekSecond.id(), Referrer.PORTAL, 9_100_000)
				.add(threeDaysAgo, otherSection.id(), Referrer.DIRECT, 9_000_000);
			ranking.refresh();

			int sports = sections.bySlug("sports").orElseThrow().id();
			assertThat(ranking.weeklyInSection(sports).stream().map(ArticleSummary::id))
				.startsWith(withdrawn.id(), weekLeader.id(), weekSecond.id())
				.doesNotContain(otherSection.id());
			assertThat(ranking.weekly().stream().map(ArticleSummary::id)).startsWith(withdrawn.id(), weekLeader.id(),
					weekSecond.id(), otherSection.id());
			assertThat(ranking.hotClick().stream().map(ArticleSummary::id)).doesNotContain(weekLeader.id());

			Document section = Jsoup.parse(web().get("/section/sports").body());
			assertThat(section.select(".section-most-read li a").eachText()).startsWith(withdrawn.headline(),
					weekLeader.headline(), weekSecond.headline());
			assertThat(section.selectFirst(".section-most-read h2").text()).isEqualTo("스포츠 많이 본 뉴스 주간");
			assertThat(Jsoup.parse(web().get("/section/economy").body()).select(".section-most-read li a").eachText())
				.doesNotContain(weekLeader.headline());

			Document home = home();
			assertThat(home.select("#most-read-week li a").eachText()).startsWith(withdrawn.headline(),
					weekLeader.headline(), weekSecond.headline(), otherSection.headline());
			assertThat(home.select("#most-read-day li a").eachText()).doesNotContain(weekLeader.headline());
			// Without scripts the periods are links to their lists.
			assertThat(home.select(".most-read-tabs a").eachAttr("href")).containsExactly("#most-read-day", "#most-read-week");

			// Taken down: gone from every list and from the cached pages that showed it, at once.
			articles.move(withdrawn.id(), ArticleStatus.UNPUBLISHED, null, false, admin());
			assertThat(ranking.weeklyInSection(sports).stream().map(ArticleSummary::id)).startsWith(weekLeader.id(),
					weekSecond.id());
			assertThat(ranking.weekly().stream().map(ArticleSummary::id)).doesNotContain(withdrawn.id());
			assertThat(web().get("/section/sports").body()).doesNotContain(withdrawn.headline());
			assertThat(web().get("/").body()).doesNotContain(withdrawn.headline());
		}
		finally {
			removeWhatWasMade();
			ranking.refresh();
		}
	}

}
