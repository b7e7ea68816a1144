package kr.sinmun.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.platform.ForbiddenCharacters;

/**
 * What an article's fields may hold, whichever door it comes in by: the newsroom's editor and the API ask
 * here, and {@link Articles} refuses anything else with {@link InvalidArticleException}. Problems are keyed by
 * the field's name in both forms ({@code headline}, {@code tags}, …), with a Korean message that names the
 * field as the editor labels it.
 */
public final class ArticleFields {

	public static final int HEADLINE_MAX = 200;

	/** Portals cut longer headlines in their lists: the editor warns past this, but stores up to the maximum. */
	public static final int HEADLINE_PORTAL = 45;

	public static final int SUBHEADLINE_MAX = 1000;

	public static final int BODY_MAX = 500_000;

	public static final int TAG_MAX = 50;

	public static final int TAGS_MAX = 20;

	public static final int WIRE_SOURCE_MAX = 40;

	/** Bylines an article may share besides its reporter's. */
	public static final int CO_REPORTERS_MAX = 5;

	public static final int CORRECTION_MAX = 4000;

	/** A desk note (메모) is a message, not an article: a few paragraphs at most. */
	public static final int NOTE_MAX = 2000;

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	/**
	 * Publication times run from 1900 to the end of 9999 (KST). RSS and sitemap dates have four-digit years, so
	 * nothing outside can be listed by a portal or a search engine; PostgreSQL itself would take dates from
	 * 4713 BC, and refuse some years after 294276 with an error.
	 */
	public static final Instant EARLIEST_PUBLICATION = LocalDate.of(1900, 1, 1).atStartOfDay(SEOUL).toInstant();

	private static final Instant AFTER_LATEST_PUBLICATION = LocalDate.of(10000, 1, 1).atStartOfDay(SEOUL).toInstant();

	private ArticleFields() {
	}

	/** Problems with an article's text and publication time, by field name; empty when there are none. */
	public static Map<String, String> problems(String headline, String subheadline, String bodyHtml,
			List<String> tags, String wireSource, Instant publishedAt) {
		Map<String, String> problems = new LinkedHashMap<>();
		String strippedHeadline = headline == null ? "" : headline.strip();
		if (strippedHeadline.length() > HEADLINE_MAX) {
			problems.put("headline",
					"제목은 " + HEADLINE_MAX + "자 이내로 써 주십시오(지금 " + strippedHeadline.length() + "자).");
		}
		characters(problems, "headline", "제목", headline);
		if (subheadline != null && subheadline.length() > SUBHEADLINE_MAX) {
			problems.put("subheadline", "부제는 " + SUBHEADLINE_MAX + "자 이내로 써 주십시오.");
		}
		characters(problems, "subheadline", "부제", subheadline);
		if (bodyHtml != null && bodyHtml.length() > BODY_MAX) {
			problems.put("bodyHtml", "본문이 너무 깁니다(" + BODY_MAX + "자 초과). 기사를 나누어 주십시오.");
		}
		characters(problems, "bodyHtml", "본문", bodyHtml);
		List<String> tagList = tags == null ? List.of() : tags;
		if (tagList.size() > TAGS_MAX) {
			problems.put("tags", "태그는 " + TAGS_MAX + "개까지 달 수 있습니다.");
		}
		else if (tagList.stream().anyMatch(tag -> tag != null && tag.strip().length() > TAG_MAX)) {
			problems.put("tags", "태그 하나는 " + TAG_MAX + "자 이내여야 합니다.");
		}
		for (String tag : tagList) {
			characters(problems, "tags", "태그", tag);
		}
		if (wireSource != null && wireSource.strip().length() > WIRE_SOURCE_MAX) {
			problems.put("wireSource", "통신사 이름은 " + WIRE_SOURCE_MAX + "자 이내로 쓰십시오.");
		}
		characters(problems, "wireSource", "통신사 이름", wireSource);
		String time = publicationProblem(publishedAt);
		if (time != null) {
			problems.put("publishedAt", time);
		}
		return problems;
	}

	/** Why a publication time cannot be used, or {@code null}; {@code null} itself (meaning "now") is fine. */
	public static String publicationProblem(Instant publishedAt) {
		if (publishedAt == null || publishable(publishedAt)) {
			return null;
		}
		return "출고 시각은 1900년 1월 1일부터 9999년 12월 31일 사이여야 합니다.";
	}

	/** Whether a publication time can be written into feeds and sitemaps (and so may be stored). */
	public static boolean publishable(Instant publishedAt) {
		return !publishedAt.isBefore(EARLIEST_PUBLICATION) && publishedAt.isBefore(AFTER_LATEST_PUBLICATION);
	}

	/** Why a 정정·반론·추후보도 notice cannot be attached as written, or {@code null}. */
	public static String correctionProblem(String body) {
		if (body == null || body.isBlank() || body.length() > CORRECTION_MAX) {
			return "알림 내용을 " + CORRECTION_MAX + "자 이내로 쓰십시오.";
		}
		return ForbiddenCharacters.problem("알림 내용", body);
	}

	/** Why a note between the desk and the reporter cannot be kept as written, or {@code null}. */
	public static String noteProblem(String body) {
		if (body == null || body.isBlank()) {
			return "메모 내용을 쓰십시오.";
		}
		int length = body.strip().codePointCount(0, body.strip().length());
		if (length > NOTE_MAX) {
			return "메모는 " + NOTE_MAX + "자 이내로 쓰십시오(지금 " + length + "자).";
		}
		return ForbiddenCharacters.problem("메모", body);
	}

	/** Why a 반려 cannot go with this note, or {@code null}: the reporter must be told what to fix. */
	public static String returnNoteProblem(String body) {
		if (body == null || body.isBlank()) {
			return "반려하려면 기자에게 보낼 사유를 메모로 쓰십시오.";
		}
		return noteProblem(body);
	}

	private static void characters(Map<String, String> problems, String field, String label, String text) {
		if (!problems.containsKey(field)) {
			String problem = ForbiddenCharacters.problem(label, text);
			if (problem != null) {
				problems.put(field, problem);
			}
		}
	}

}
