package kr.sinmun.api;

import java.util.List;

/**
 * The value of an {@code Idempotency-Key} request header. The draft (draft-ietf-httpapi-idempotency-key-header)
 * makes the field an RFC 8941 Item whose value is a String, so it is parsed as RFC 8941 parses a field: the
 * field lines joined with commas, surrounding spaces dropped, then one sf-string (§4.2.5), and nothing after
 * it. The draft defines no parameters and none are accepted. Keys hold 1 to 255 characters; the sf-string
 * syntax already limits them to printable ASCII.
 */
record IdempotencyKey(String value) {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_LENGTH = 255;

	/** Why a header is not a usable key, in Korean, for the 400 answer. */
	static final class MalformedException extends Exception {

		MalformedException(String message) {
			super(message);
		}

	}

	static IdempotencyKey parse(List<String> fieldLines) throws MalformedException {
		if (fieldLines.size() != 1) {
			throw new MalformedException(HEADER + " 헤더는 하나만 보내 주십시오.");
		}
		String input = fieldLines.get(0);
		int at = skipSpaces(input, 0);
		if (at == input.length() || input.charAt(at) != '"') {
			throw new MalformedException(HEADER + "는 큰따옴표로 감싼 문자열이어야 합니다(RFC 8941 sf-string). 예: " + HEADER
					+ ": \"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
		}
		StringBuilder value = new StringBuilder();
		at++;
		boolean closed = false;
		while (at < input.length()) {
			char c = input.charAt(at++);
			if (c == '\\') {
				if (at == input.length() || (input.charAt(at) != '"' && input.charAt(at) != '\\')) {
					throw new MalformedException(HEADER + "의 역슬래시(\\)는 \\\" 또는 \\\\ 로만 쓸 수 있습니다.");
				}
				value.append(input.charAt(at++));
			}
			else if (c == '"') {
				closed = true;
				break;
			}
			else if (c < 0x20 || c > 0x7e) {
				throw new MalformedException(HEADER + "에는 인쇄 가능한 ASCII 문자만 쓸 수 있습니다(UUID를 권합니다).");
			}
			else {
				value.append(c);
			}
		}
		if (!closed) {
			throw new MalformedException(HEADER + "의 문자열이 큰따옴표로 닫히지 않았습니다.");
		}
		if (skipSpaces(input, at) != input.length()) {
			throw new MalformedException(HEADER + "에는 문자열 하나만 보내 주십시오(여러 값이나 매개변수는 받지 않습니다).");
		}
		if (value.isEmpty()) {
			throw new MalformedException(HEADER + "가 비어 있습니다.");
		}
		if (value.length() > MAX_LENGTH) {
			throw new MalformedException(HEADER + "는 " + MAX_LENGTH + "자를 넘을 수 없습니다.");
		}
		return new IdempotencyKey(value.toString());
	}

	private static int skipSpaces(String input, int from) {
		int at = from;
		while (at < input.length() && input.charAt(at) == ' ') {
			at++;
		}
		return at;
	}

}
