package kr.sinmun.api;

/** An API resource other than an article that does not exist; the message says which, in Korean. */
class ApiNotFoundException extends RuntimeException {

	ApiNotFoundException(String message) {
		super(message);
	}

}
