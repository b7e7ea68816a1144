package kr.sinmun.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A search as its parameters arrive, from the reader's search page or from the API: parsed once, by one rule, so
 * both doors accept and refuse the same input. {@code problems} holds what could not be used, by parameter name
 * ({@code section}, {@code from}, {@code to}, {@code sort}, {@code page}), each with a Korean message naming the
 * parameter, in the order the form shows the fields; the other components hold what could be read (a bad date is
 * {@code null}, a bad page is 1). An empty {@code text} is no problem here: the page shows its empty form for it,
 * while the API asks for a query.
 */
public record SearchRequest(String text, String section, LocalDate from, LocalDate to, SearchQuery.Order order,
		int page, Map<String, String> problems) {

	// Four digits: nobody pages that far, and a longer number is not worth parsing.
	private static final Pattern PAGE = Pattern.compile("\\d{1,4}");

	public SearchRequest {
		problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	/**
	 * Reads a search from its parameters as typed; any may be {@code null}, which means "not given".
	 * {@code sectionExists} answers whether a section slug names a section.
	 */
	public static SearchRequest parse(String q, String section, String from, String to, String sort, String page,
			Predicate<String> sectionExists) {
		Map<String, String> problems = new LinkedHashMap<>();
		String text = q == null ? "" : q.strip();
		String slug = blank(section) ? null : section.strip();
		LocalDate fromDate = date("from", from, problems);
		LocalDate toDate = date("to", to, problems);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			problems.put("from", "시작일(from)이 종료일(to)보다 늦습니다.");
		}
		if (slug != null && !sectionExists.test(slug)) {
			problems.put("section", "알 수 없는 섹션입니다(section): " + slug);
		}
		SearchQuery.Order order = SearchQuery.Order.RELEVANCE;
		if ("newest".equals(sort)) {
			order = SearchQuery.Order.NEWEST;
		}
		else if (!blank(sort) && !"relevance".equals(sort)) {
			problems.put("sort", "정렬(sort)은 relevance 또는 newest여야 합니다.");
		}
		int number = 1;
		if (page != null && (!PAGE.matcher(page).matches() || Integer.parseInt(page) < 1)) {
			problems.put("page", "쪽 번호(page)는 1 이상의 정수여야 합니다.");
		}
		else if (page != null) {
			number = Integer.parseInt(page);
		}
		return new SearchRequest(text, slug, fromDate, toDate, order, number, problems);
	}

	/** Whether every parameter could be used. */
	public boolean valid() {
		return problems.isEmpty();
	}

	/** The first problem, for a page that shows one line; {@code null} when there is none. */
	public String firstProblem() {
		return problems.isEmpty() ? null : problems.values().iterator().next();
	}

	/** The query to run, {@code size} results a page. */
	public SearchQuery query(int size) {
		return new SearchQuery(text, section, from, to, order, page, size);
	}

	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	private static LocalDate date(String field, String value, Map<String, String> problems) {
		if (blank(value)) {
			return null;
		}
		try {
			// Four-digit years only: ISO's expanded years (+999999999-01-01) overflow the index's time range.
			return LocalDate.parse(value.strip(), DATE);
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "날짜(" + field + ")는 2025-08-30처럼 연-월-일 형식으로 입력해 주십시오.");
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
