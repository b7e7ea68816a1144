package kr.sinmun.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SectionsChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A search filtered by a parent section finds its sub-sections' articles too (a reader filtering by 경제 expects
 * 부동산's), on the reader's page and in the API; a sub-section's filter finds its own; the page offers
 * sub-sections under their parent; and a section moved under another parent is followed at once, with no
 * rebuild of the index. The test's articles and sections are removed after it.
 */
class SubSectionSearchIntegrationTests extends IntegrationTest {

	@Autowired
	Search search;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

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
	void aParentSectionsFilterFindsItsSubSectionsArticlesAsTheSectionsStandNow() {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Section economy = sections.bySlug("economy").orElseThrow();
		Section sub = sections.save(null, "t-srch-" + tag, "시험부동산" + tag, 995, true, economy.id());
		added.add(sub.id());
		ArticleDetail inParent = publish("economy", "윤슬마을 상가 임대료 동향");
		ArticleDetail inSub = publish(sub.slug(), "윤슬마을 아파트 전세 거래");
		ArticleDetail elsewhere = publish("culture", "윤슬마을 가을 음악회");
		await("indexed").atMost(Duration.ofSeconds(5))
			.until(() -> found("윤슬마을", null).containsAll(List.of(inParent.id(), inSub.id(), elsewhere.id())));

		assertThat(found("윤슬마을", "economy")).containsExactlyInAnyOrder(inParent.id(), inSub.id());
		assertThat(found("윤슬마을", sub.slug())).containsExactly(inSub.id());
		Response api = web().get("/api/v1/search?q=" + enc("윤슬마을") + "&section=economy");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("total").asLong()).isEqualTo(2);

		Document page = Jsoup.parse(web().get("/search?q=" + enc("윤슬마을") + "&section=economy").body());
		assertThat(page.select(".results .item-title a").eachAttr("href")).containsExactlyInAnyOrder(inParent.url(),
				inSub.url());
		List<String> options = page.select("#ss option").eachText();
		assertThat(options).containsSubsequence("경제", "경제 › " + sub.name(), "사회");
		Document narrowed = Jsoup.parse(web().get("/search?q=" + enc("윤슬마을") + "&section=" + sub.slug()).body());
		assertThat(narrowed.selectFirst("#ss option[selected]").text()).isEqualTo("경제 › " + sub.name());
		assertThat(narrowed.select(".results .item-title a").eachAttr("href")).containsExactly(inSub.url());

		// Moved under 문화: the index holds each article's own section, so nothing is re-indexed.
		sections.save(sub.id(), sub.slug(), sub.name(), sub.position(), true, sections.bySlug("culture").orElseThrow().id());
		assertThat(found("윤슬마을", "economy")).containsExactly(inParent.id());
		assertThat(found("윤슬마을", "culture")).containsExactlyInAnyOrder(inSub.id(), elsewhere.id());
	}

	private List<Long> found(String text, String section) {
		return search.search(new SearchQuery(text, section, null, null, null, 1, 50)).hits().stream().map(SearchHit::id).toList();
	}

	private ArticleDetail publish(String section, String headline) {
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), headline, null, "<p>" + headline + " 소식입니다.</p>",
				List.of("검색시험"), ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofMinutes(1))));
		published.add(article.id());
		return article;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
