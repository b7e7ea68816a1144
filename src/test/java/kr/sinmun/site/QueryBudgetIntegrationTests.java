package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.QueryCounting;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uncached render costs a fixed number of queries, however many articles, sections or reporters a page
 * lists: no N+1. The session cookie makes the page cache step aside, so each request really renders.
 */
class QueryBudgetIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private int queries(String path) {
		String key = path + "#" + System.nanoTime();
		WebClient.Response response = web().get(path, QueryCounting.HEADER, key, "Cookie", "JSESSIONID=render");
		assertThat(response.status()).as(path).isEqualTo(200);
		return QueryCounting.count(key);
	}

	@Test
	void rendersEachReaderPageWithABoundedNumberOfQueries() {
		int home = queries("/");
		int section = queries("/section/society");
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, "society", "쿼리 수 시험 기사",
				clock.instant().minus(Duration.ofHours(1)));
		int articlePage = queries("/news/" + article.id());

		// More articles, more reporters on the page: the counts must not move.
		for (int i = 0; i < 12; i++) {
			ArticleFixtures.publish(articles, sections, people, "society", "쿼리 수 추가 기사 " + i,
					clock.instant().minus(Duration.ofMinutes(30 + i)));
		}
		assertThat(queries("/")).isEqualTo(home);
		assertThat(queries("/section/society")).isEqualTo(section);
		// The article page may gain one query: its related articles (found in the search index) now exist.
		int articlePageLater = queries("/news/" + article.id());
		assertThat(articlePageLater).isBetween(articlePage, articlePage + 1);

		// The reporter card (portrait with the bylines' reporters, other articles with the end's lists) adds none.
		assertThat(web().get("/news/" + article.id(), "Cookie", "JSESSIONID=render").body())
			.contains("박서연 기자의 다른 기사", "쿼리 수 추가 기사 0");

		// The home page: the newest articles, each section's newest, the 영상 box's video articles (asked only when
		// the arrangement has that box, as the default one does), and the reporters of everything shown.
		assertThat(home).isLessThanOrEqualTo(4);
		assertThat(section).isLessThanOrEqualTo(3);
		assertThat(articlePageLater).isLessThanOrEqualTo(4);
	}

}
