package kr.sinmun.search;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchRequestTests {

	private static final Predicate<String> SECTIONS = Set.of("economy", "culture")::contains;

	@Test
	void readsEveryParameterOfAGoodSearch() {
		SearchRequest request = SearchRequest.parse("  금리 인상 ", " economy ", "2025-08-01", " 2025-08-30 ", "newest", "3",
				SECTIONS);
		assertThat(request.valid()).isTrue();
		assertThat(request.firstProblem()).isNull();
		assertThat(request.query(10)).isEqualTo(new SearchQuery("금리 인상", "economy", LocalDate.of(2025, 8, 1),
				LocalDate.of(2025, 8, 30), SearchQuery.Order.NEWEST, 3, 10));
	}

	@Test
	void missingParametersMeanAnyTimeAnySectionByRelevanceFromTheFirstPage() {
		SearchRequest request = SearchRequest.parse(null, "", null, " ", null, null, SECTIONS);
		assertThat(request.valid()).isTrue();
		assertThat(request.text()).isEmpty();
		assertThat(request.query(20)).isEqualTo(new SearchQuery("", null, null, null, SearchQuery.Order.RELEVANCE, 1, 20));
		assertThat(SearchRequest.parse("q", null, null, null, "relevance", "1", SECTIONS).valid()).isTrue();
	}

	@Test
	void namesEachBadParameterInKoreanInTheFormsOrder() {
		SearchRequest request = SearchRequest.parse("금리", "sports", "2025-13-45", "어제", "oldest", "x", SECTIONS);
		assertThat(request.problems()).containsOnlyKeys("from", "to", "section", "sort", "page");
		assertThat(request.problems().keySet()).containsExactly("from", "to", "section", "sort", "page");
		assertThat(request.problems().get("from")).contains("날짜(from)", "2025-08-30");
		assertThat(request.problems().get("to")).contains("날짜(to)");
		assertThat(request.problems().get("section")).isEqualTo("알 수 없는 섹션입니다(section): sports");
		assertThat(request.firstProblem()).isEqualTo(request.problems().get("from"));
		// What could not be read falls back to the defaults, so a page can still show its form.
		assertThat(request.from()).isNull();
		assertThat(request.page()).isEqualTo(1);
		assertThat(request.order()).isEqualTo(SearchQuery.Order.RELEVANCE);
	}

	@Test
	void refusesDatesInTheWrongOrder() {
		SearchRequest request = SearchRequest.parse("금리", null, "2025-09-01", "2025-08-01", null, null, SECTIONS);
		assertThat(request.problems()).containsOnlyKeys("from");
		assertThat(request.firstProblem()).contains("시작일", "종료일");
		assertThat(SearchRequest.parse("금리", null, "2025-08-01", "2025-08-01", null, null, SECTIONS).valid()).isTrue();
	}

	@Test
	void pageIsAWholeNumberFromOneToFourDigits() {
		assertThat(SearchRequest.parse("q", null, null, null, null, "9999", SECTIONS).page()).isEqualTo(9999);
		for (String bad : new String[] { "0", "", "-1", "10000", "1.5", "２" }) {
			assertThat(SearchRequest.parse("q", null, null, null, null, bad, SECTIONS).problems()).as(bad)
				.containsOnlyKeys("page");
		}
	}

	@Test
	void refusesYearsOutsideFourDigitsWhichWouldOverflowTheTimeFilter() {
		for (String date : new String[] { "+999999999-01-01", "-999999999-01-01", "+99999-01-01", "0000-01-01x",
				"2026-02-30", "20261201" }) {
			SearchRequest request = SearchRequest.parse("반도체", null, date, date, null, null, SECTIONS);
			assertThat(request.problems()).as(date).containsOnlyKeys("from", "to");
		}
		assertThat(SearchRequest.parse("반도체", null, "2024-02-29", "9999-12-31", null, null, SECTIONS).valid()).isTrue();
	}

}
