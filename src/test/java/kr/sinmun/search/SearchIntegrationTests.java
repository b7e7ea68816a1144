package kr.sinmun.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.platform.DataDirectory;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SearchIntegrationTests extends IntegrationTest {

	@Autowired
	Search search;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	DataDirectory data;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry meters;

	private ArticleDetail publish(String section, String headline, String body, Instant at) {
		return articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), headline, null, "<p>" + body + "</p>",
				List.of("검색시험"), ArticleStatus.PUBLISHED, at));
	}

	// The limit is part of what is tested (how soon a change is searchable), so the first look is immediate
	// and the polls are close together.
	private static void within(Duration limit, BooleanSupplier condition, String what) {
		await(what).atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
			.until(condition::getAsBoolean);
	}

	// Articles with every word; a partial (some-words) answer counts as none here.
	private long total(String text) {
		SearchResults results = search.search(new SearchQuery(text, null, null, null, null, 1, 10));
		return results.partial() ? 0 : results.total();
	}

	@Test
	void followsPublishingEditingAndWithdrawalWithinASecond() {
		ArticleDetail article = publish("industry", "수소 연료전지 버스 도입", "한빛시가 수소 연료전지 버스를 시내 노선에 도입했다.",
				clock.instant());
		within(Duration.ofSeconds(1), () -> total("연료전지 버스") == 1, "publish reaches the index");

		articles.update(article.id(), new ArticleDraft(article.sectionId(), article.reporterId(), "수소 트램 시험 운행",
				null, "<p>한빛시가 수소 트램을 시험 운행했다.</p>", List.of(), ArticleStatus.PUBLISHED, null));
		within(Duration.ofSeconds(1), () -> total("수소 트램") == 1 && total("연료전지") == 0, "edit reaches the index");

		articles.delete(article.id());
		within(Duration.ofSeconds(1), () -> total("수소 트램") == 0, "withdrawal reaches the index");
	}

	// A wire import, or a node catching up, sends changes faster than one searcher reopen each: they are
	// applied together, and none is lost or left at an older version of its article.
	@Test
	void aBurstOfChangesFromManyWritersEndsExactlyAsTheDatabaseSays() throws Exception {
		Timer delay = meters.get("sinmun.search.index.delay").timer();
		long timedBefore = delay.count();
		List<ArticleDetail> created = Collections.synchronizedList(new ArrayList<>());
		ExecutorService writers = Executors.newFixedThreadPool(6);
		for (int i = 0; i < 48; i++) {
			String code = "bq" + i + "z";
			writers.submit(() -> created.add(publish("society", "묶음 색인 시험 " + code, code + " 본문입니다.", clock.instant())));
		}
		writers.shutdown();
		assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		assertThat(created).hasSize(48);
		// Then, again from several threads: every third withdrawn, every fourth retitled with a new code.
		writers = Executors.newFixedThreadPool(6);
		for (ArticleDetail article : List.copyOf(created)) {
			int n = Integer.parseInt(article.headline().replaceAll("\\D", ""));
			writers.submit(() -> {
				if (n % 3 == 0) {
					articles.delete(article.id());
				}
				else if (n % 4 == 0) {
					articles.update(article.id(), new ArticleDraft(article.sectionId(), article.reporterId(),
							"묶음 색인 고침 bq" + n + "y", null, "<p>bq" + n + "y 본문입니다.</p>", List.of(),
							ArticleStatus.PUBLISHED, null));
				}
			});
		}
		writers.shutdown();
		assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

		within(Duration.ofSeconds(10), () -> IntStream.range(0, 48).allMatch(n -> {
			long old = total("bq" + n + "z");
			long renamed = total("bq" + n + "y");
			return n % 3 == 0 ? old == 0 && renamed == 0 : n % 4 == 0 ? old == 0 && renamed == 1 : old == 1 && renamed == 0;
		}), "every article as the database has it");
		// Each change was timed from reaching this node to being searchable, for the operators' dashboards.
		assertThat(delay.count() - timedBefore).isGreaterThanOrEqualTo(48);
		assertThat(delay.max(TimeUnit.SECONDS)).isLessThan(10);
	}

	// A caption glued into the snippet reads as part of the story; the caption's words still find the article.
	@Test
	void snippetsComeFromTheStoryNotFromPhotoCaptions() {
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), "물빛공원 분수대 새 단장", null, """
						<figure><img src="/media/fountain-1280.jpg" alt="분수대"><figcaption>해 질 녘 분수대의 야간 조명 시험 가동. \
						사진=신문일보 독자</figcaption></figure><p>한빛시가 물빛공원 분수대를 석 달 만에 새로 단장했다.</p>""",
				List.of(), ArticleStatus.PUBLISHED, clock.instant()));
		within(Duration.ofSeconds(2), () -> total("물빛공원 분수대") == 1, "indexed");

		SearchHit hit = search.search(new SearchQuery("분수대 단장", null, null, null, null, 1, 10))
			.hits()
			.stream()
			.filter(found -> found.id() == article.id())
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippetHtml()).contains("석 달 만에").doesNotContain("사진=").doesNotContain("야간 조명");
		assertThat(search.search(new SearchQuery("야간 조명 시험 가동", null, null, null, null, 1, 10)).hits())
			.extracting(SearchHit::id)
			.contains(article.id());
	}

	@Test
	void searchPageHighlightsMatchesAndCountsResults() {
		Document page = Jsoup.parse(web().get("/search?q=" + enc("리튬 회수율")).body());
		assertThat(page.selectFirst(".count").text()).isEqualTo("‘리튬 회수율’ 검색 결과 1건");
		assertThat(page.select(".results .item-title a").first().text()).startsWith("폐배터리 재활용 공장 가동");
		assertThat(String.join(" ", page.select(".results .teaser mark").eachText())).contains("리튬", "회수");
		assertThat(page.select(".results .item-title mark").eachText()).isNotEmpty();
		assertThat(page.selectFirst("#sq").val()).isEqualTo("리튬 회수율");
	}

	@Test
	void filtersBySectionAndDateAndSortsByTime() {
		Instant now = clock.instant();
		ArticleDetail older = publish("economy", "도자기 축제 경제 효과", "도자기 축제가 지역 경제를 살렸다.", now.minus(Duration.ofDays(40)));
		ArticleDetail newer = publish("culture", "도자기 축제 개막", "도자기 축제가 개막했다. 도자기 도자기.", now.minus(Duration.ofDays(1)));
		within(Duration.ofSeconds(2), () -> total("도자기") == 2, "indexed");

		List<Long> newest = search.search(new SearchQuery("도자기", null, null, null, SearchQuery.Order.NEWEST, 1, 10))
			.hits().stream().map(SearchHit::id).toList();
		assertThat(newest).containsExactly(newer.id(), older.id());
		assertThat(search.search(new SearchQuery("도자기", "economy", null, null, null, 1, 10)).hits())
			.extracting(SearchHit::id).containsExactly(older.id());
		LocalDate recent = LocalDate.ofInstant(now.minus(Duration.ofDays(10)), java.time.ZoneId.of("Asia/Seoul"));
		assertThat(search.search(new SearchQuery("도자기", null, recent, null, null, 1, 10)).hits())
			.extracting(SearchHit::id).containsExactly(newer.id());
		Response api = web().get("/api/v1/search?q=" + enc("도자기") + "&section=culture&sort=newest");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("total").asLong()).isEqualTo(1);
		assertThat(api.json().get("items").get(0).get("url").asString()).endsWith("/news/" + newer.id());
		assertThat(api.json().get("items").get(0).get("publishedAt").asString()).endsWith("+09:00");
		assertThat(api.json().get("items").get(0).get("section").asString()).isEqualTo("culture");
	}

	@Test
	void queriesWithOperatorsOrOddCharactersNeverFail() {
		WebClient web = web();
		for (String query : List.of("\"", "*", "(", ":", "-", "금리 AND (동결", "title:금리", "\\", "가".repeat(500),
				"데이터센터 ".repeat(100), "<script>alert(1)</script>")) {
			Response page = web.get("/search?q=" + enc(query));
			assertThat(page.status()).as(query).isEqualTo(200);
			assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
			assertThat(web.get("/api/v1/search?q=" + enc(query)).status()).as(query).isEqualTo(200);
		}
	}

	@Test
	void helpsWhenNothingIsFound() {
		Document nothing = Jsoup.parse(web().get("/search?q=" + enc("퀘이사르")).body());
		assertThat(nothing.text()).contains("검색 결과가 없습니다", "띄어쓰기");
		Document typo = Jsoup.parse(web().get("/search?q=" + enc("마라튼")).body());
		assertThat(typo.selectFirst(".did-you-mean a").text()).isEqualTo("마라톤");
		Document partial = Jsoup.parse(web().get("/search?q=" + enc("마라톤 퀘이사르")).body());
		assertThat(partial.selectFirst(".notice").text()).contains("일부 검색어");
		assertThat(partial.select(".results .item")).isNotEmpty();
		// A misspelt word beside a found one: the respelling and the words-left-out notice share one box.
		Document both = Jsoup.parse(web().get("/search?q=" + enc("마라튼 데이터센터")).body());
		assertThat(both.select(".notice")).hasSize(1);
		assertThat(both.select(".did-you-mean")).allSatisfy(line -> assertThat(line.parent().hasClass("notice")).isTrue());
	}

	@Test
	void badFormInputAnswers400KeepingWhatWasTyped() {
		Response bad = web().get("/search?q=" + enc("금리") + "&from=2025-13-45");
		assertThat(bad.status()).isEqualTo(400);
		Document page = Jsoup.parse(bad.body());
		assertThat(page.selectFirst(".form-error").text()).contains("날짜");
		assertThat(page.selectFirst("#sq").val()).isEqualTo("금리");
		assertThat(page.selectFirst("#sf").val()).isEqualTo("2025-13-45");
		Response api = web().get("/api/v1/search?q=" + enc("금리") + "&to=어제");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.json().get("detail").asString()).contains("to");
		assertThat(web().get("/api/v1/search").status()).isEqualTo(400);
		// An empty page number is refused by both doors alike (the API took it for page 1).
		assertThat(web().get("/search?q=" + enc("금리") + "&page=").status()).isEqualTo(400);
		Response emptyPage = web().get("/api/v1/search?q=" + enc("금리") + "&page=");
		assertThat(emptyPage.status()).isEqualTo(400);
		assertThat(emptyPage.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
	}

	// Nodes behind one load balancer answer byte for byte alike, in the order docs/api.md gives: an answer
	// built from Map.of came out in an order salted per JVM, so one node said {"snippet",…,"id"}.
	@Test
	void apiAnswersInTheDocumentedFieldOrder() {
		Response api = web().get("/api/v1/search?q=" + enc("데이터센터"));
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().propertyNames()).containsExactly("total", "totalIsLowerBound", "items");
		assertThat(api.json().get("totalIsLowerBound").asBoolean()).isFalse();
		assertThat(api.json().get("items").get(0).propertyNames())
			.containsExactly("id", "headline", "url", "snippet", "publishedAt", "section");
		Response missing = web().get("/api/v1/search?q=" + enc("금리") + "&to=어제");
		assertThat(missing.json().get("errors").get(0).propertyNames()).containsExactly("field", "message");
	}

	@Test
	void suggestsHeadlinesAndTagsAsTheReaderTypes() {
		Response response = web().get("/api/v1/search/suggest?q=" + enc("데이"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("데이터센터").contains("가람전자, 한빛 산단에 AI 데이터센터");
		assertThat(web().get("/api/v1/search/suggest?q=" + enc("리튬")).body()).contains("폐배터리 재활용 공장 가동");
		assertThat(web().get("/api/v1/search/suggest?q=").body()).isEqualTo("[]");
	}

	@Test
	void articlePagesShowRelatedArticles() {
		ArticleDetail first = publish("society", "한빛천 수달 가족 발견", "한빛천 하류에서 수달 가족이 발견됐다. 수달 서식지 보호 구역 지정이 추진된다.",
				clock.instant().minus(Duration.ofHours(3)));
		ArticleDetail second = publish("society", "수달 서식지 보호 구역 지정", "한빛천 수달 서식지가 보호 구역으로 지정됐다. 수달 가족 보호가 목적이다.",
				clock.instant().minus(Duration.ofHours(2)));
		within(Duration.ofSeconds(2), () -> total("수달") == 2, "indexed");
		Document page = Jsoup.parse(web().get("/news/" + first.id(), "Cookie", "JSESSIONID=fresh").body());
		assertThat(page.selectFirst(".related h2").text()).isEqualTo("관련기사");
		assertThat(page.select(".related a[href='/news/" + second.id() + "']")).isNotEmpty();
	}

	@Test
	void dictionaryIsForAdministratorsAndTakesEffectWithoutARestart() {
		String admin = web().token("admin", ADMIN_PASSWORD);
		publish("industry", "새솔바이오 신약 임상 돌입", "새솔바이오가 신약 임상 시험에 들어갔다.", clock.instant());
		within(Duration.ofSeconds(2), () -> total("신약 임상") >= 1, "indexed");

		Response anonymous = web().send("POST", "/api/v1/search/dictionary", "{\"word\": \"새솔바이오\"}",
				"Content-Type", "application/json");
		assertThat(anonymous.status()).isEqualTo(401);
		Response invalid = web().send("POST", "/api/v1/search/dictionary",
				"{\"word\": \"새솔바이오\", \"segmentation\": \"새솔 전자\"}", "Content-Type", "application/json",
				"Authorization", "Bearer " + admin);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("detail").asString()).contains("segmentation");

		Response added = web().send("POST", "/api/v1/search/dictionary", "{\"word\": \"새솔바이오\"}", "Content-Type",
				"application/json", "Authorization", "Bearer " + admin);
		assertThat(added.status()).isEqualTo(202);
		within(Duration.ofSeconds(10), () -> !search.isRebuilding()
				&& indexer.live().analyzers.queryTerms("새솔바이오가").equals(List.of("새솔바이오")), "rebuilt with the word");
		within(Duration.ofSeconds(5), () -> total("새솔바이오") >= 1, "the whole name finds the article");
		assertThat(web().get("/api/v1/search/dictionary", "Authorization", "Bearer " + admin).body()).contains("새솔바이오");
		assertThat(web().send("DELETE", "/api/v1/search/dictionary/" + enc("새솔바이오"), null, "Authorization",
				"Bearer " + admin).status()).isEqualTo(204);
		within(Duration.ofSeconds(10), () -> !search.isRebuilding(), "rebuilt without the word");
		Response gone = web().send("DELETE", "/api/v1/search/dictionary/" + enc("새솔바이오"), null, "Authorization",
				"Bearer " + admin);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.json().get("detail").asString()).contains("사전에 없는 낱말");
	}

	@Test
	void rebuildsACorruptIndexAsideWhileSearchesKeepWorking() throws Exception {
		within(Duration.ofSeconds(10), () -> !search.isRebuilding() && total("한빛독립영화제") == 1, "ready");
		indexer.stop();
		Path live;
		try (Stream<Path> entries = Files.list(data.index())) {
			live = entries.filter(Files::isDirectory).findFirst().orElseThrow();
		}
		try (Stream<Path> files = Files.list(live)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
		}
		indexer.start();
		within(Duration.ofSeconds(15), () -> !search.isRebuilding() && total("한빛독립영화제") == 1,
				"rebuilt from the database");
		assertThat(Files.exists(live)).as("the damaged generation is removed").isFalse();
	}

	// An index written by a version that laid articles out differently opens fine but cannot answer the
	// current queries: it is rebuilt from the database, as a damaged one is.
	@Test
	void rebuildsAnIndexOfAnEarlierLayout() throws Exception {
		within(Duration.ofSeconds(10), () -> !search.isRebuilding() && total("한빛독립영화제") == 1, "ready");
		indexer.stop();
		// The generation the indexer serves is the one its pointer names (an older one may still be on its way out).
		Path live = data.index().resolve(Files.readString(data.index().resolve("CURRENT")).strip());
		try (FSDirectory directory = FSDirectory.open(live);
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
			org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
			old.add(new TextField("title", "한빛독립영화제", Field.Store.NO));
			writer.addDocument(old);
			writer.commit();
		}
		indexer.start();
		// The replaced generation is closed and removed just after the swap, on the indexer's thread.
		within(Duration.ofSeconds(15),
				() -> !search.isRebuilding() && total("한빛독립영화제") == 1 && !Files.exists(live),
				"rebuilt in the current layout, the old generation removed");
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
