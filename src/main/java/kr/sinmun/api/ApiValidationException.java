package kr.sinmun.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request that is well-formed JSON but says something we cannot accept; names the fields at fault. */
class ApiValidationException extends RuntimeException {

	private final Map<String, String> problems;

	ApiValidationException(String field, String message) {
		this(Map.of(field, message));
	}

	/** Several problems at once, by field name, in the order they should be read. */
	ApiValidationException(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	Map<String, String> problems() {
		return problems;
	}

}
