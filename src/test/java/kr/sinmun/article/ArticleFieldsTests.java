package kr.sinmun.article;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFieldsTests {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void acceptsEveryFieldAtItsLimit() {
		assertThat(ArticleFields.problems("가".repeat(200), "나".repeat(1000), "x".repeat(500_000),
				Collections.nCopies(20, "다".repeat(50)), "라".repeat(40), null))
			.isEmpty();
	}

	@Test
	void refusesEveryFieldOneCharacterPastItsLimitNamingTheField() {
		assertThat(ArticleFields.problems("가".repeat(201), "나".repeat(1001), "x".repeat(500_001),
				List.of("다".repeat(51)), "라".repeat(41), null))
			.containsOnlyKeys("headline", "subheadline", "bodyHtml", "tags", "wireSource")
			.containsEntry("headline", "제목은 200자 이내로 써 주십시오(지금 201자).");
		assertThat(ArticleFields.problems("제목", null, "", Collections.nCopies(21, "태그"), null, null))
			.containsOnlyKeys("tags")
			.containsEntry("tags", "태그는 20개까지 달 수 있습니다.");
	}

	@Test
	void countsHeadlineAndWireSourceWithoutSurroundingSpace() {
		assertThat(ArticleFields.problems("  " + "가".repeat(200) + "  ", null, "", List.of(),
				" " + "라".repeat(40) + " ", null))
			.isEmpty();
	}

	@Test
	void refusesCharactersNothingMayStore() {
		assertThat(ArticleFields.problems("제목\u0000", null, "", List.of("태그\uFFFF"), null, null))
			.containsOnlyKeys("headline", "tags");
	}

	@Test
	void publicationTimesRunFrom1900ThroughTheEndOf9999InKoreanTime() {
		assertThat(ArticleFields.publicationProblem(null)).isNull();
		assertThat(ArticleFields.publicationProblem(kst(1900, 1, 1, 0, 0))).isNull();
		assertThat(ArticleFields.publicationProblem(kst(1899, 12, 31, 23, 59))).contains("1900년");
		assertThat(ArticleFields.publicationProblem(kst(9999, 12, 31, 23, 59))).isNull();
		assertThat(ArticleFields.publicationProblem(kst(10000, 1, 1, 0, 0))).contains("9999년");
		assertThat(ArticleFields.problems("제목", null, "", List.of(), null, kst(1800, 1, 1, 0, 0)))
			.containsOnlyKeys("publishedAt");
	}

	@Test
	void correctionNoticesNeedTextWithinTheirLimit() {
		assertThat(ArticleFields.correctionProblem("바로잡습니다.")).isNull();
		assertThat(ArticleFields.correctionProblem("가".repeat(4000))).isNull();
		assertThat(ArticleFields.correctionProblem("가".repeat(4001))).contains("4000자");
		assertThat(ArticleFields.correctionProblem(" ")).contains("4000자");
	}

	@Test
	void portalHeadlineWarningComesBeforeTheStoredLimitAndCoReportersAreCapped() {
		assertThat(ArticleFields.HEADLINE_PORTAL).isLessThan(ArticleFields.HEADLINE_MAX);
		ArticleText text = new ArticleText(1, 1, "제목", null, "", List.of(), List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 2L),
				null);
		// The reporter's own id is not a co-byline, duplicates count once, and the rest stop at the limit.
		assertThat(text.coReporters()).containsExactly(2L, 3L, 4L, 5L, 6L);
	}

	private static java.time.Instant kst(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
	}

}
