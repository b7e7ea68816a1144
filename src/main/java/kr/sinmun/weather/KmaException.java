package kr.sinmun.weather;

/**
 * A KMA call that did not give observations. {@code code} is what KMA said (e.g. {@code 03 NO_DATA},
 * {@code 22 LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR}, {@code HTTP 403}); the message never holds a key.
 */
class KmaException extends Exception {

	private final String code;

	KmaException(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return code;
	}

}
