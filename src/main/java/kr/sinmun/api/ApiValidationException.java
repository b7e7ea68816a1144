package kr.sinmun.api;

/** A request that is well-formed JSON but says something we cannot accept; names the field at fault. */
class ApiValidationException extends RuntimeException {

	private final String field;

	ApiValidationException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return field;
	}

}
