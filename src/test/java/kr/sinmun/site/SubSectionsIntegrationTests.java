package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.QueryCounting;
import kr.sinmun.WebClient;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.Articles;
import kr.sinmun.pagecache.PageCache;
import kr.sinmun.people.People;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sub-sections as readers meet them: a sub-section of 경제 made for the test, its articles on 경제's page (one
 * query however many sub-sections) and on its own page with a breadcrumb, the menu bar marking 경제, the
 * 전체메뉴 listing it under 경제, the article's "경제 &gt; …" label, the feeds and sitemaps, and the page cache
 * dropping 경제's page when the sub-section publishes. The test's articles and sections are removed after it.
 */
class SubSectionsIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	@Autowired
	PageCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Long> published = new ArrayList<>();

	private final List<Integer> added = new ArrayList<>();

	@AfterEach
	void removeWhatTheTestAdded() {
		published.forEach(articles::delete);
		if (!added.isEmpty()) {
			jdbc.sql("DELETE FROM sections WHERE id IN (:ids)").param("ids", added).update();
			events.publishEvent(new SectionsChanged());
		}
	}

	@Test
	void aParentPageListsItsSubSectionsArticlesAndASubSectionPageItsOwnUnderABreadcrumb() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section finance = add("t-finance-" + tag, "시험금융" + tag, 901, true, economy.id());
		Section hidden = add("t-hidden-" + tag, "숨긴하위" + tag, 902, false, economy.id());
		String parentHeadline = "상위 섹션에 실린 시험 기사 " + tag;
		String subHeadline = "하위 섹션에 실린 시험 기사 " + tag;
		String hiddenHeadline = "숨긴 하위 섹션의 시험 기사 " + tag;
		publish("economy", parentHeadline, 3);
		ArticleDetail sub = publish(finance.slug(), subHeadline, 2);
		publish(hidden.slug(), hiddenHeadline, 1);

		String parentPage = rendered("/section/economy");
		assertThat(list(parentPage)).contains(parentHeadline, subHeadline, hiddenHeadline);
		assertThat(parentPage).contains("<nav class=\"section-tabs\" aria-label=\"경제 하위 섹션\">")
			.contains("<a href=\"/section/economy\" aria-current=\"page\">전체</a>")
			.contains("<a href=\"" + finance.url() + "\">" + finance.name() + "</a>")
			// A hidden sub-section's articles are still 경제's news, but it has no tab.
			.doesNotContain("<a href=\"" + hidden.url() + "\"")
			.doesNotContain("class=\"breadcrumb\"");
		assertThat(menuBar(parentPage)).contains("<a href=\"/section/economy\" aria-current=\"page\">경제</a>")
			.doesNotContain(finance.url());
		assertThat(allMenu(parentPage)).containsSubsequence("<a href=\"/section/economy\">경제</a>",
				"<ul class=\"all-menu-sub\">", "<a href=\"" + finance.url() + "\">" + finance.name() + "</a>", "</ul>")
			.doesNotContain(hidden.url());

		String subPage = rendered(finance.url());
		// (The side column's HOT클릭 may list any recent article: the list is the main column.)
		assertThat(list(subPage)).contains(subHeadline).doesNotContain(parentHeadline).doesNotContain(hiddenHeadline);
		assertThat(subPage).containsSubsequence("<nav class=\"breadcrumb\" aria-label=\"현재 위치\">", "<a href=\"/section/economy\">경제</a>",
					"<span aria-current=\"page\">" + finance.name() + "</span>", "</nav>", "<h1 class=\"section-title\">"
							+ finance.name() + "</h1>")
			.contains("<a href=\"" + finance.url() + "\" aria-current=\"page\">" + finance.name() + "</a>");
		// In the menu bar the parent is marked: the reader is inside 경제, not on its page.
		assertThat(menuBar(subPage)).contains("<a href=\"/section/economy\" aria-current=\"true\">경제</a>");

		assertThat(rendered(sub.url())).contains("<p class=\"label\"><a href=\"/section/economy\">경제</a> "
				+ "<span class=\"label-separator\" aria-hidden=\"true\">&gt;</span> <a href=\"" + finance.url() + "\">"
				+ finance.name() + "</a></p>");

		assertThat(web().get("/rss/economy.xml").body()).contains(parentHeadline, subHeadline);
		assertThat(web().get("/rss/" + finance.slug() + ".xml").body()).contains(subHeadline).doesNotContain(parentHeadline);
		assertThat(web().get("/sitemap-sections.xml").body()).containsSubsequence("/section/economy<", finance.url() + "<")
			.doesNotContain(hidden.url());
	}

	@Test
	void aParentPageCostsNoMoreQueriesThanASectionWithoutSubSections() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		int before = queries("/section/economy");
		for (int i = 0; i < 3; i++) {
			Section sub = add("t-budget-" + i + "-" + tag, "시험하위" + i + tag, 910 + i, true, economy.id());
			publish(sub.slug(), "쿼리 수 하위 섹션 기사 " + i + " " + tag, 1 + i);
		}
		assertThat(queries("/section/economy")).isEqualTo(before).isLessThanOrEqualTo(3);
	}

	@Test
	void aPublishInASubSectionDropsItsParentsPageFromTheCache() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section finance = add("t-cache-" + tag, "캐시하위" + tag, 920, true, economy.id());
		Section politics = sections.bySlug("politics").orElseThrow();
		WebClient.Response page = web().get("/section/economy");
		assertThat(page.header("Surrogate-Key")).contains("section-" + economy.id(), "section-" + finance.id());
		web().get("/section/economy");
		web().get("/section/politics");
		assertThat(cache.contains("/section/economy")).isTrue();
		assertThat(cache.contains("/section/politics")).isTrue();

		String headline = "하위 섹션 발행이 상위 페이지를 비우는 시험 " + tag;
		publish(finance.slug(), headline, 1);
		assertThat(cache.contains("/section/economy")).isFalse();
		assertThat(cache.contains("/section/politics")).as("an unrelated section " + politics.slug()).isTrue();
		assertThat(web().get("/section/economy").body()).contains(headline);
	}

	private ArticleDetail publish(String slug, String headline, int minutesAgo) {
		ArticleDetail article = ArticleFixtures.publish(articles, sections, people, slug, headline,
				clock.instant().minus(Duration.ofMinutes(minutesAgo)));
		published.add(article.id());
		return article;
	}

	private Section add(String slug, String name, int position, boolean inMenu, Integer parentId) {
		Section section = sections.save(null, slug, name, position, inMenu, parentId);
		added.add(0, section.id());
		return section;
	}

	// The session cookie makes the page cache step aside: each request renders.
	private String rendered(String path) {
		WebClient.Response response = web().get(path, "Cookie", "JSESSIONID=render");
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body();
	}

	private int queries(String path) {
		String key = path + "#" + System.nanoTime();
		WebClient.Response response = web().get(path, QueryCounting.HEADER, key, "Cookie", "JSESSIONID=render");
		assertThat(response.status()).as(path).isEqualTo(200);
		return QueryCounting.count(key);
	}

	private static String list(String page) {
		return between(page, "<div class=\"main-column\">", "<aside");
	}

	private static String menuBar(String page) {
		return between(page, "<ul class=\"menu-list\">", "</ul>");
	}

	private static String allMenu(String page) {
		return between(page, "<ul class=\"all-menu-list\">", "<li><a href=\"/search\">");
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

}
