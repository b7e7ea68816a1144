package kr.sinmun.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The synonym dictionary through the API, and its effect on searches: at once, on the query, with no rebuild. */
class SynonymsIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "synonym-password-1";

	@Autowired
	Search search;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	QuerySynonyms synonyms;

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	private String token(String username, Role role) {
		if (people.userId(username).isEmpty()) {
			people.create(new NewUser(username, PASSWORD, username, username + "@sinmun.example", role, null));
		}
		return "Bearer " + web().token(username, PASSWORD);
	}

	private ArticleDetail publish(String headline, String body) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(),
				people.reporterNamed("이도윤").orElseThrow().id(), headline, null, "<p>" + body + "</p>", List.of(),
				ArticleStatus.PUBLISHED, clock.instant()));
	}

	// Articles with every part of the query; a partial (some-words) answer counts as none here.
	private List<Long> found(String text) {
		SearchResults results = search.search(new SearchQuery(text, null, null, null, null, 1, 10));
		return results.partial() ? List.of() : results.hits().stream().map(SearchHit::id).toList();
	}

	private static void within(Duration limit, BooleanSupplier condition, String what) {
		await(what).atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
			.until(condition::getAsBoolean);
	}

	private Response send(String method, String path, String body, String token) {
		return body == null ? web().send(method, path, null, "Authorization", token)
				: web().send(method, path, body, "Content-Type", "application/json", "Authorization", token);
	}

	@Test
	void theDefaultListLetsShortFormsHanjaAndHangulReadingsFindTheArticle() {
		ArticleDetail ministry = publish("해수부, 연안 여객선 안전 점검", "해수부는 연안 여객선 안전 점검 결과를 내놓았다.");
		ArticleDetail hanja = publish("檢, 보조금 횡령 혐의 시의원 소환", "보조금을 빼돌린 혐의를 받는 시의원이 소환됐다.");
		ArticleDetail acronym = publish("유에이엠 시범 노선 윤곽", "유에이엠 시범 노선이 공개됐다.");
		within(Duration.ofSeconds(2), () -> found("연안 여객선").contains(ministry.id())
				&& found("횡령 혐의").contains(hanja.id()) && found("시범 노선 윤곽").contains(acronym.id()), "indexed");

		assertThat(found("해양수산부 연안 여객선")).as("full name finds the short form").contains(ministry.id());
		assertThat(found("검찰 시의원 소환")).as("the Hangul word finds the headline hanja").contains(hanja.id());
		assertThat(found("UAM 시범 노선")).as("the acronym finds its Hangul reading").contains(acronym.id());
	}

	// The migration computes the default list's keys in SQL; a key computed otherwise would let a duplicate in.
	@Test
	void theDefaultListIsKeyedAsTheApplicationKeysEntries() {
		List<String> stored = jdbc.sql("SELECT entry_key FROM search_synonyms ORDER BY entry_key COLLATE \"C\"")
			.query(String.class)
			.list();
		assertThat(stored).hasSizeGreaterThan(100);
		assertThat(search.synonyms().stream().map(SynonymEntry::key).sorted().toList()).isEqualTo(stored);
	}

	@Test
	void theDeskManagesEntriesThatApplyAtOnceWithoutARebuild() {
		String desk = token("syn-desk", Role.EDITOR);
		ArticleDetail article = publish("단풍길 자전거 여행 인기", "가을 단풍길 자전거 여행 상품이 인기다.");
		within(Duration.ofSeconds(2), () -> found("단풍길").contains(article.id()), "indexed");
		assertThat(found("바이크 여행")).doesNotContain(article.id());
		IndexGeneration before = indexer.live();

		Response added = send("POST", "/api/v1/search/synonyms",
				"{\"kind\":\"group\",\"words\":[\"자전거\",\"바이크\"]}", desk);
		assertThat(added.status()).isEqualTo(201);
		long id = added.json().get("id").asLong();
		assertThat(added.header("Location")).endsWith("/api/v1/search/synonyms/" + id);
		assertThat(added.json().get("words").get(1).asString()).isEqualTo("바이크");
		within(Duration.ofSeconds(2), () -> found("바이크 여행").contains(article.id()), "the entry applies");
		assertThat(indexer.live()).as("no rebuild: the same index generation answers").isSameAs(before);
		assertThat(search.isRebuilding()).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE event = 'synonyms.changed' AND payload ->> 'id' = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single())
			.as("the change feed carries it to the other nodes").isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = '검색 동의어 추가' AND target = '자전거 = 바이크'")
			.query(Long.class)
			.single()).as("audited").isEqualTo(1);

		Response duplicate = send("POST", "/api/v1/search/synonyms",
				"{\"kind\":\"group\",\"words\":[\"바이크\",\"자전거\"]}", desk);
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
		assertThat(duplicate.json().get("detail").asString()).contains("이미 있습니다");

		Response replaced = send("PUT", "/api/v1/search/synonyms/" + id,
				"{\"kind\":\"expansion\",\"words\":[\"따릉이\"],\"expandsTo\":[\"공공자전거\"]}", desk);
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.json().get("kind").asString()).isEqualTo("expansion");
		within(Duration.ofSeconds(2), () -> !found("바이크 여행").contains(article.id()), "the old group is gone");
		assertThat(send("GET", "/api/v1/search/synonyms/" + id, null, desk).json().get("expandsTo").get(0).asString())
			.isEqualTo("공공자전거");
		assertThat(send("GET", "/api/v1/search/synonyms", null, desk).body()).contains("따릉이", "국토교통부");

		assertThat(send("DELETE", "/api/v1/search/synonyms/" + id, null, desk).status()).isEqualTo(204);
		Response gone = send("DELETE", "/api/v1/search/synonyms/" + id, null, desk);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.json().get("detail").asString()).contains("동의어 사전에 없는 항목");
		assertThat(send("PUT", "/api/v1/search/synonyms/" + id,
				"{\"kind\":\"group\",\"words\":[\"가\",\"나나\"]}", desk).status()).isEqualTo(404);
	}

	@Test
	void refusesEntriesItCannotUseWithKoreanMessagesNamingTheField() {
		String admin = "Bearer " + web().token("admin", ADMIN_PASSWORD);
		Response one = send("POST", "/api/v1/search/synonyms", "{\"kind\":\"group\",\"words\":[\"전기차\"]}", admin);
		assertThat(one.status()).isEqualTo(400);
		assertThat(one.header("Content-Type")).startsWith("application/problem+json");
		assertThat(one.json().get("errors").get(0).get("field").asString()).isEqualTo("words");
		assertThat(one.json().get("detail").asString()).contains("두 개 이상");

		Response kind = send("POST", "/api/v1/search/synonyms", "{\"kind\":\"both\",\"words\":[\"가\",\"나\"]}", admin);
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

		Response noTarget = send("POST", "/api/v1/search/synonyms", "{\"kind\":\"expansion\",\"words\":[\"과기부\"]}",
				admin);
		assertThat(noTarget.status()).isEqualTo(400);
		assertThat(noTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("expandsTo");

		Response particle = send("POST", "/api/v1/search/synonyms",
				"{\"kind\":\"group\",\"words\":[\"러\",\"러시아어\"]}", admin);
		assertThat(particle.status()).isEqualTo(400);
		assertThat(particle.json().get("detail").asString()).contains("‘러’는 검색어로 읽히지 않습니다");

		Response notJson = send("POST", "/api/v1/search/synonyms", "{\"words\": 3", admin);
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(send("GET", "/api/v1/search/synonyms/abc", null, admin).status()).isEqualTo(400);
	}

	@Test
	void reportersMayNotTouchTheDictionaryNorAnonymousVisitors() {
		String reporter = token("syn-reporter", Role.REPORTER);
		assertThat(send("GET", "/api/v1/search/synonyms", null, reporter).status()).isEqualTo(403);
		Response refused = send("POST", "/api/v1/search/synonyms", "{\"kind\":\"group\",\"words\":[\"가가\",\"나나\"]}",
				reporter);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("권한");
		assertThat(send("GET", "/api/v1/search/explain?q=" + enc("국토부"), null, reporter).status()).isEqualTo(403);
		assertThat(web().get("/api/v1/search/synonyms").status()).isEqualTo(401);
		assertThat(web().get("/api/v1/search/explain?q=" + enc("국토부")).status()).isEqualTo(401);
	}

	@Test
	void explainsHowAQueryWasRead() {
		String desk = token("syn-explainer", Role.EDITOR);
		Response explained = send("GET", "/api/v1/search/explain?q=" + enc("北 국토부 장관을"), null, desk);
		assertThat(explained.status()).isEqualTo(200);
		var json = explained.json();
		assertThat(json.get("tokens").get(0).get("written").asString()).isEqualTo("北");
		assertThat(json.get("tokens").get(0).get("term").asString()).isEqualTo("북");
		assertThat(json.get("tokens").get(0).get("hanja").asBoolean()).isTrue();
		assertThat(json.get("tokens").toString()).contains("장관").doesNotContain("\"을\"");
		assertThat(json.get("expansions").toString()).contains("북한", "국토 교통 부", "국토부 = 국토교통부");
		assertThat(json.get("query").asString()).contains("text:국토", "text:교통", "text:북한");
		// Run when no article has every part: each part may count (weighed by rarity when two or more are found in
		// the index, see MinimumShouldMatch).
		assertThat(json.get("partialQuery").asString()).contains("text:북한", "text:교통", "text:장관");

		Response empty = send("GET", "/api/v1/search/explain?q=", null, desk);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("검색어(q)");
	}

	@Test
	void explainsNormalisedNumbersAcronymReadingsAndCorrections() {
		String desk = token("syn-explainer-2", Role.EDITOR);
		Response explained = send("GET", "/api/v1/search/explain?q=" + enc("엠오유 2조 5천억 원 84㎡ 마라튼"), null, desk);
		assertThat(explained.status()).isEqualTo(200);
		var json = explained.json();
		assertThat(json.get("numbers").toString()).contains("\"written\":\"2조 5천억\"", "\"searched\":\"2500000000000\"",
				"\"searched\":\"제곱미터\"");
		assertThat(json.get("acronyms").get(0).get("written").asString()).isEqualTo("엠오유");
		assertThat(json.get("acronyms").get(0).get("alsoSearched").asString()).isEqualTo("MOU");
		assertThat(json.get("tokens").toString()).contains("\"term\":\"mou\"", "\"term\":\"2500000000000\"");
		assertThat(json.get("corrections").get(0).get("typed").asString()).isEqualTo("마라튼");
		assertThat(json.get("corrections").get(0).get("corrected").asString()).isEqualTo("마라톤");
		assertThat(json.get("correctedQuery").asString()).contains("text:마라톤");
	}

	// Another node's change arrives as the event replayed outside any transaction, after the row is in the table.
	@Test
	void aChangeMadeOnAnotherNodeIsAppliedWhenItsEventIsReplayed() {
		long id = jdbc.sql("""
				INSERT INTO search_synonyms (kind, words, entry_key) VALUES ('GROUP', '누리호, 한국형발사체', 'GROUP:누리호,한국형발사체')
				RETURNING id""").query(Long.class).single();
		try {
			events.publishEvent(new SearchSynonymsChanged(id));
			assertThat(QueryReading.of(indexer.live().analyzers, synonyms.current().map(), "누리호").terms())
				.contains("한국", "발사");
		}
		finally {
			search.removeSynonym(id);
		}
		assertThat(QueryReading.of(indexer.live().analyzers, synonyms.current().map(), "누리호").terms())
			.doesNotContain("발사");
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
