package kr.sinmun.platform;

import java.util.Map;

/** The Korean words for each HTTP error status, shared by error pages and the API's problem details. */
public final class HttpErrors {

	private static final Map<Integer, String> TITLES = Map.of(400, "잘못된 요청입니다", 401, "로그인이 필요합니다", 403,
			"접근 권한이 없습니다", 404, "페이지를 찾을 수 없습니다", 405, "허용되지 않는 요청 방식입니다", 409, "다른 변경과 충돌했습니다", 413,
			"요청이 너무 큽니다", 415, "지원하지 않는 형식입니다");

	private static final Map<Integer, String> MESSAGES = Map.of(400, "요청 내용을 확인한 뒤 다시 시도해 주십시오.", 401,
			"인증 정보가 없거나 올바르지 않습니다.", 403, "이 작업을 할 권한이 없습니다.", 404,
			"요청하신 페이지가 없거나 삭제되었습니다. 주소를 다시 확인해 주십시오.", 405, "이 주소는 해당 요청 방식을 지원하지 않습니다.", 409,
			"다른 사람이 먼저 변경했습니다. 새로 고친 뒤 다시 시도해 주십시오.", 413, "보낸 내용이 허용된 크기를 넘었습니다.", 415,
			"요청 본문의 형식을 확인해 주십시오.");

	private HttpErrors() {
	}

	public static String title(int status) {
		return TITLES.getOrDefault(status, status >= 500 ? "일시적인 오류가 발생했습니다" : "요청을 처리할 수 없습니다");
	}

	public static String message(int status) {
		return MESSAGES.getOrDefault(status, status >= 500 ? "잠시 후 다시 시도해 주십시오. 문제가 계속되면 편집국에 알려 주십시오."
				: "요청 내용을 확인한 뒤 다시 시도해 주십시오.");
	}

}
