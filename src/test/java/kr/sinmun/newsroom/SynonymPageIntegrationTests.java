package kr.sinmun.newsroom;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.people.People;
import kr.sinmun.search.Search;
import kr.sinmun.search.SynonymEntry;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 검색 동의어: the desk lists, adds, edits and deletes entries; a form with a mistake comes back as typed. */
class SynonymPageIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	Search search;

	@BeforeEach
	void people() {
		NewsroomFixtures.reporter(people);
		NewsroomFixtures.desk(people);
	}

	private NewsroomSession session(String username, String password) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, password)).endsWith("/newsroom");
		return session;
	}

	private long idOf(String word) {
		return search.synonyms()
			.stream()
			.filter(entry -> entry.words().contains(word))
			.map(SynonymEntry::id)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theDeskListsAddsEditsAndDeletesEntries() {
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		HttpResponse<String> list = desk.get("/newsroom/synonyms");
		assertThat(list.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(list.body());
		assertThat(page.select("nav a[href='/newsroom/synonyms']").attr("aria-current")).isEqualTo("page");
		assertThat(page.select("table.nr-table tbody tr").text()).contains("국토부, 국토교통부", "北, 북한", "약어 풀이");
		assertThat(HtmlChecker.errors(list.body())).isEmpty();

		HttpResponse<String> added = desk.form("/newsroom/synonyms",
				Map.of("kind", "GROUP", "words", "둘레길, 올레길, 트레킹 코스"));
		assertThat(added.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(desk.get("/newsroom/synonyms?done=added").body());
		assertThat(after.selectFirst(".nr-notice").text()).contains("저장했습니다");
		assertThat(after.select("tbody tr").text()).contains("둘레길, 올레길, 트레킹 코스");
		long id = idOf("둘레길");

		Document filtered = Jsoup.parse(desk.get("/newsroom/synonyms?q=" + java.net.URLEncoder.encode("올레",
				java.nio.charset.StandardCharsets.UTF_8)).body());
		assertThat(filtered.select("tbody tr")).hasSize(1);
		Document none = Jsoup.parse(desk.get("/newsroom/synonyms?q=" + java.net.URLEncoder.encode("없는말",
				java.nio.charset.StandardCharsets.UTF_8)).body());
		assertThat(none.selectFirst(".nr-empty").text()).isEqualTo("‘없는말’이 든 항목이 없습니다.");

		HttpResponse<String> edit = desk.get("/newsroom/synonyms/" + id);
		assertThat(Jsoup.parse(edit.body()).selectFirst("#words").val()).isEqualTo("둘레길, 올레길, 트레킹 코스");
		assertThat(HtmlChecker.errors(edit.body())).isEmpty();
		assertThat(desk.form("/newsroom/synonyms/" + id,
				Map.of("kind", "EXPANSION", "words", "올레길", "expandsTo", "제주 올레길")).statusCode()).isEqualTo(302);
		assertThat(search.synonym(id).kind()).isEqualTo(SynonymEntry.Kind.EXPANSION);
		assertThat(search.synonym(id).expandsTo()).containsExactly("제주 올레길");

		assertThat(desk.form("/newsroom/synonyms/" + id + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(search.synonyms()).noneMatch(entry -> entry.words().contains("올레길"));
		assertThat(desk.form("/newsroom/synonyms/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
		assertThat(desk.get("/newsroom/synonyms/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aFormWithAMistakeComesBackAsTypedWithKoreanMessages() {
		NewsroomSession desk = session(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
		desk.get("/newsroom/synonyms");
		HttpResponse<String> lonely = desk.form("/newsroom/synonyms", Map.of("kind", "GROUP", "words", "한빛대교"));
		assertThat(lonely.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(lonely.body());
		assertThat(page.selectFirst("#words-error").text()).contains("두 개 이상");
		assertThat(page.selectFirst("#words").val()).isEqualTo("한빛대교");
		assertThat(page.selectFirst("#words").attr("aria-invalid")).isEqualTo("true");
		assertThat(HtmlChecker.errors(lonely.body())).isEmpty();

		HttpResponse<String> noTarget = desk.form("/newsroom/synonyms",
				Map.of("kind", "EXPANSION", "words", "한빛공", "expandsTo", ""));
		assertThat(noTarget.statusCode()).isEqualTo(400);
		Document second = Jsoup.parse(noTarget.body());
		assertThat(second.selectFirst("#expandsTo-error").text()).contains("풀어 쓴 말");
		assertThat(second.selectFirst("#kind-expansion").hasAttr("checked")).isTrue();
		assertThat(second.selectFirst("#words").val()).isEqualTo("한빛공");

		HttpResponse<String> duplicate = desk.form("/newsroom/synonyms",
				Map.of("kind", "GROUP", "words", "국토교통부, 국토부"));
		assertThat(duplicate.statusCode()).isEqualTo(409);
		Document third = Jsoup.parse(duplicate.body());
		assertThat(third.selectFirst(".nr-error").text()).contains("같은 낱말의 동의어 묶음이 이미 있습니다");
		assertThat(third.selectFirst("#words").val()).isEqualTo("국토교통부, 국토부");

		long id = idOf("전경련");
		HttpResponse<String> badEdit = desk.form("/newsroom/synonyms/" + id, Map.of("kind", "", "words", "전경련"));
		assertThat(badEdit.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(badEdit.body()).selectFirst(".nr-error").text()).contains("종류");
		assertThat(Jsoup.parse(badEdit.body()).selectFirst("#words").val()).isEqualTo("전경련");
	}

	@Test
	void reportersCannotSeeOrChangeTheDictionary() {
		NewsroomSession reporter = session(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
		assertThat(Jsoup.parse(reporter.get("/newsroom").body()).select("a[href='/newsroom/synonyms']")).isEmpty();
		assertThat(reporter.get("/newsroom/synonyms").statusCode()).isEqualTo(403);
		assertThat(reporter.form("/newsroom/synonyms", Map.of("kind", "GROUP", "words", "가나, 다라")).statusCode())
			.isEqualTo(403);
		assertThat(reporter.form("/newsroom/synonyms/" + idOf("전경련") + "/delete", Map.of()).statusCode()).isEqualTo(403);
		assertThat(search.synonyms()).anyMatch(entry -> entry.words().contains("전경련"));
	}

}
