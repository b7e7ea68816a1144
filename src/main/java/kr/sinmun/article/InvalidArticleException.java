package kr.sinmun.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article that breaks a rule of {@link ArticleFields}: the problems by field name, each with a Korean message
 * meant for the writer. The newsroom and the API check first and show the problems next to the fields; this is
 * what any other caller gets.
 */
public class InvalidArticleException extends RuntimeException {

	private final Map<String, String> problems;

	InvalidArticleException(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, String> problems() {
		return problems;
	}

}
