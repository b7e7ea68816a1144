package kr.sinmun.series;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import kr.sinmun.platform.ForbiddenCharacters;

/**
 * What a series' fields may hold, asked by the newsroom's form and by anything else that saves one: the one home
 * of these limits. Problems come by field name, in Korean, so a form can show each next to its field.
 */
public final class SeriesFields {

	public static final int NAME_MAX = 40;

	public static final int SLUG_MAX = 40;

	public static final int DESCRIPTION_MAX = 300;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

	private SeriesFields() {
	}

	/** Whether {@code slug} may name a series (and so may be looked up at all). */
	public static boolean isSlug(String slug) {
		return slug != null && slug.length() <= SLUG_MAX && SLUG.matcher(slug).matches();
	}

	/** The problems of a series as typed, by field ({@code name}, {@code slug}, {@code description}). */
	public static Map<String, String> problems(String name, String slug, String description) {
		Map<String, String> problems = new LinkedHashMap<>();
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.codePointCount(0, n.length()) > NAME_MAX) {
			problems.put("name", "연재 이름을 " + NAME_MAX + "자 이내로 쓰십시오.");
		}
		else if (ForbiddenCharacters.problem("연재 이름", n) != null) {
			problems.put("name", ForbiddenCharacters.problem("연재 이름", n));
		}
		if (!isSlug(slug == null ? "" : slug.strip())) {
			problems.put("slug", "주소(slug)는 영문 소문자, 숫자, 하이픈으로 " + SLUG_MAX + "자 이내여야 합니다(예: local-decline).");
		}
		String d = description == null ? "" : description.strip();
		if (d.codePointCount(0, d.length()) > DESCRIPTION_MAX) {
			problems.put("description", "소개는 " + DESCRIPTION_MAX + "자 이내로 쓰십시오.");
		}
		else if (ForbiddenCharacters.problem("소개", d) != null) {
			problems.put("description", ForbiddenCharacters.problem("소개", d));
		}
		return problems;
	}

}
