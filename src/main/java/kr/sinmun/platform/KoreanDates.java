package kr.sinmun.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Korean newspapers write dates and times. Instants are kept in UTC everywhere and converted to
 * Asia/Seoul only here, for display.
 */
public final class KoreanDates {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("yyyy년 MM월 dd일 EEEE", Locale.KOREAN)
		.withZone(SEOUL);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm").withZone(SEOUL);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM.dd HH:mm").withZone(SEOUL);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(SEOUL);

	private KoreanDates() {
	}

	/** {@code 2025년 08월 30일 토요일}: the masthead date. */
	public static String headerDate(Instant instant) {
		return HEADER.format(instant);
	}

	/** {@code 2025.08.26 14:03}: article times ("입력", "수정"). */
	public static String stamp(Instant instant) {
		return STAMP.format(instant);
	}

	/** {@code 08.26 14:03}: times in lists. */
	public static String shortStamp(Instant instant) {
		return SHORT.format(instant);
	}

	/** {@code 2025-08-26T14:03:00+09:00}: machine-readable times in KST. */
	public static String iso(Instant instant) {
		// Whole seconds: HTML's datetime attribute allows at most three fraction digits.
		return ISO.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

}
