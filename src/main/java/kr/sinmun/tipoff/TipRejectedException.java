package kr.sinmun.tipoff;

import java.util.Map;

/** A tip the form must show back with these problems, by field, in Korean. */
public class TipRejectedException extends RuntimeException {

	private final Map<String, String> problems;

	private final int status;

	TipRejectedException(Map<String, String> problems, int status) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
		this.status = status;
	}

	public Map<String, String> problems() {
		return problems;
	}

	/** 400 for what was typed, 413 for files too large, 415 for files that are not photos, 429 for too many tips. */
	public int status() {
		return status;
	}

}
