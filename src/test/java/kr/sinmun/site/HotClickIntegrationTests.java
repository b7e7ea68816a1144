package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.pagecache.PageCache;
import kr.sinmun.people.People;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** HOT클릭 TOP7 from real page views: crawlers and repeat views do not count, and cached pages still count. */
class HotClickIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Ranking ranking;

	@Autowired
	PageCache pageCache;

	@Autowired
	Clock clock;

	private void read(WebClient web, ArticleDetail article, String userAgent) {
		read(web, article, userAgent, "198.51.100.1");
	}

	// The test client connects from 127.0.0.1, a trusted proxy: X-Forwarded-For names the reader's address.
	private void read(WebClient web, ArticleDetail article, String userAgent, String address) {
		assertThat(web.get("/news/" + article.id(), "User-Agent", userAgent, "X-Forwarded-For", address).status())
			.isEqualTo(200);
	}

	@Test
	void ranksHotClickTop7InViewOrderCountingOnlyRealReaders() {
		WebClient web = web();
		ArticleDetail most = ArticleFixtures.publish(articles, sections, people, "society", "가장 많이 읽힌 기사",
				clock.instant().minus(Duration.ofDays(3)));
		ArticleDetail second = ArticleFixtures.publish(articles, sections, people, "economy", "두 번째로 많이 읽힌 기사",
				clock.instant().minus(Duration.ofDays(4)));
		ArticleDetail third = ArticleFixtures.publish(articles, sections, people, "culture", "세 번째로 많이 읽힌 기사",
				clock.instant().minus(Duration.ofDays(5)));

		for (int reader = 0; reader < 6; reader++) {
			read(web, most, "Mozilla/5.0 (reader " + reader + ")", "198.51.100." + (10 + reader));
		}
		for (int reader = 0; reader < 4; reader++) {
			read(web, second, "Mozilla/5.0 (reader " + reader + ")", "198.51.100." + (10 + reader));
		}
		// Three real readers of the third article; each reads it three times (the page cache answers the
		// repeats), and crawlers and link-preview bots fetch it many times.
		for (int repeat = 0; repeat < 3; repeat++) {
			for (int reader = 0; reader < 3; reader++) {
				read(web, third, "Mozilla/5.0 (reader " + reader + ")", "198.51.100." + (10 + reader));
			}
		}
		for (String bot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1)", "Yeti/1.1 (Naver)", "kakaotalk-scrap/1.0",
				"facebookexternalhit/1.1", "Daum 4.1", "curl/8.0")) {
			for (int i = 0; i < 5; i++) {
				read(web, third, bot);
			}
		}
		ranking.flush();
		ranking.refresh();

		assertThat(ranking.storedViews(most.id())).isEqualTo(6);
		assertThat(ranking.storedViews(second.id())).isEqualTo(4);
		assertThat(ranking.storedViews(third.id())).isEqualTo(3);
		List<Long> top = ranking.hotClick().stream().map(ArticleSummary::id).toList();
		assertThat(top).hasSize(7).startsWith(most.id(), second.id(), third.id());

		pageCache.clear();
		List<String> shown = Jsoup.parse(web.get("/").body()).select(".hot-click #most-read-day li a").eachText();
		assertThat(shown).hasSize(7).startsWith("가장 많이 읽힌 기사", "두 번째로 많이 읽힌 기사", "세 번째로 많이 읽힌 기사");
	}

	@Test
	void withdrawnArticlesLeaveTheListAtOnce() {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "world", "곧 내려갈 인기 기사",
				clock.instant().minus(Duration.ofDays(6)));
		WebClient web = web();
		for (int reader = 0; reader < 20; reader++) {
			read(web, article, "Mozilla/5.0 (withdrawal reader " + reader + ")", "198.51.100." + (30 + reader));
		}
		ranking.flush();
		ranking.refresh();
		assertThat(ranking.hotClick().stream().map(ArticleSummary::id)).contains(article.id());

		articles.delete(article.id());
		assertThat(ranking.hotClick().stream().map(ArticleSummary::id)).doesNotContain(article.id());
		assertThat(web.get("/").body()).doesNotContain("곧 내려갈 인기 기사");
	}

	@Test
	void behindAProxyEachReaderCountsByTheForwardedAddressAlsoOnCacheHits() {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "society", "프록시 뒤에서 읽힌 기사",
				clock.instant().minus(Duration.ofDays(2)));
		WebClient web = web();
		String browser = "Mozilla/5.0 (one browser model)";
		// The test client connects from 127.0.0.1, an internal proxy, so X-Forwarded-For names the reader.
		for (int reader = 1; reader <= 5; reader++) {
			for (int repeat = 0; repeat < 2; repeat++) {
				assertThat(web.get("/news/" + article.id(), "User-Agent", browser, "X-Forwarded-For", "203.0.113." + reader)
					.status()).isEqualTo(200);
			}
		}
		assertThat(pageCache.contains("/news/" + article.id())).as("the repeats were cache hits").isTrue();
		ranking.flush();
		long views = ranking.storedViews(article.id());
		// Out of the most-read list again, which the other tests here check.
		articles.delete(article.id());
		assertThat(views).as("five readers behind one proxy, each counted once").isEqualTo(5);
	}

	@Test
	void fourHundredBrowsersFromOneAddressCannotPushAnOldArticleToTheTop() {
		WebClient web = web();
		ArticleDetail read = ArticleFixtures.publish(articles, sections, people, "economy", "많은 독자가 읽은 기사",
				clock.instant().minus(Duration.ofDays(2)));
		ArticleDetail old = ArticleFixtures.publish(articles, sections, people, "economy", "한 주소가 부풀린 옛 기사",
				clock.instant().minus(Duration.ofDays(400)));
		for (int reader = 0; reader < 12; reader++) {
			read(web, read, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0", "198.51.100." + (60 + reader));
		}
		for (int i = 0; i < 400; i++) {
			read(web, old, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/" + (60 + i % 80) + "."
					+ i + " Safari/537.36", "203.0.113.77");
		}
		// An IPv6 reader's /64 is one household or phone, whatever the last 64 bits say.
		for (int i = 0; i < 50; i++) {
			read(web, old, "Mozilla/5.0 (Android 14) Chrome/131." + i, "2001:db8:77:1:" + Integer.toHexString(i) + "::1");
		}
		ranking.flush();
		ranking.refresh();
		long inflated = ranking.storedViews(old.id());
		List<Long> top = ranking.hotClick().stream().map(ArticleSummary::id).toList();
		articles.delete(old.id());
		articles.delete(read.id());

		assertThat(inflated).as("views counted from one IPv4 address and one IPv6 /64").isLessThanOrEqualTo(10);
		assertThat(top.indexOf(read.id())).as("the article twelve readers read").isGreaterThanOrEqualTo(0);
		assertThat(top.indexOf(old.id())).as("the inflated article").isNotZero()
			.satisfiesAnyOf(index -> assertThat(index).isNegative(),
					index -> assertThat(index).isGreaterThan(top.indexOf(read.id())));
	}

}
