package kr.sinmun.media;

import java.util.Map;

/** A photo edit the library refuses, with a Korean message per field (caption, credit, altText, crop, focal). */
public class InvalidPhotoEditException extends RuntimeException {

	private final Map<String, String> problems;

	public InvalidPhotoEditException(Map<String, String> problems) {
		super(String.join(" ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
