package kr.sinmun.section;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A section's name or slug that cannot be saved ({@link Sections#problems}); the messages are Korean, by field. */
public class InvalidSectionException extends RuntimeException {

	private final Map<String, String> problems;

	InvalidSectionException(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, String> problems() {
		return problems;
	}

}
