package kr.sinmun.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string in a request holds a character we never store ({@link ForbiddenCharacters}). Thrown while the
 * body is read, so Jackson adds the path of the field; {@link #field()} and {@link #koreanMessage()} are what the
 * API's and the newsroom's error answers show.
 */
public class ForbiddenCharacterException extends MismatchedInputException {

	private final String character;

	ForbiddenCharacterException(JsonParser parser, String character) {
		super(parser, "Forbidden character " + character, String.class);
		this.character = character;
	}

	/** The field as the request named it ({@code headline}, {@code tags}), or {@code null} for a bare string. */
	public String field() {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	public String koreanMessage() {
		return ForbiddenCharacters.message(field() == null ? "보낸 내용" : "항목 '" + field() + "'", character);
	}

}
