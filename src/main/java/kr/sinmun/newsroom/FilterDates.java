package kr.sinmun.newsroom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as the newsroom's range filters send them ({@code 2026-11-28}); a bad or missing one falls back. */
final class FilterDates {

	private FilterDates() {
	}

	static LocalDate parse(String value, LocalDate fallback) {
		try {
			return value == null || value.isBlank() ? fallback : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
