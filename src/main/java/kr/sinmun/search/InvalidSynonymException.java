package kr.sinmun.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An entry the synonym dictionary cannot take; {@code problems} names each field at fault, in Korean. */
public class InvalidSynonymException extends RuntimeException {

	private final Map<String, String> problems;

	InvalidSynonymException(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, String> problems() {
		return problems;
	}

}
