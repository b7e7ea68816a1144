package kr.sinmun.platform;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanDatesTests {

	@Test
	void writesTheMastheadDateInSeoulWithZeroPaddingAndFullWeekday() {
		// 2025-08-29 15:30 UTC is already Saturday 30 August in Seoul.
		assertThat(KoreanDates.headerDate(Instant.parse("2025-08-29T15:30:00Z"))).isEqualTo("2025년 08월 30일 토요일");
	}

	@Test
	void writesArticleTimesInKst() {
		assertThat(KoreanDates.stamp(Instant.parse("2025-08-26T05:03:00Z"))).isEqualTo("2025.08.26 14:03");
		assertThat(KoreanDates.iso(Instant.parse("2025-08-26T05:03:00Z"))).isEqualTo("2025-08-26T14:03:00+09:00");
	}

}
