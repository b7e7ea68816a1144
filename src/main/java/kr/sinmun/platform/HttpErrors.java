package kr.sinmun.platform;

import static java.util.Map.entry;

import java.util.Map;

/** The Korean words for each HTTP error status, shared by error pages and the API's problem details. */
public final class HttpErrors {

	private static final Map<Integer, String> TITLES = Map.ofEntries(entry(400, "잘못된 요청입니다"),
			entry(401, "로그인이 필요합니다"), entry(403, "접근 권한이 없습니다"), entry(404, "페이지를 찾을 수 없습니다"),
			entry(405, "허용되지 않는 요청 방식입니다"), entry(409, "다른 변경과 충돌했습니다"), entry(413, "요청이 너무 큽니다"),
			entry(414, "주소가 너무 깁니다"), entry(415, "지원하지 않는 형식입니다"), entry(431, "요청 헤더가 너무 큽니다"),
			entry(501, "지원하지 않는 요청 방식입니다"), entry(503, "서비스를 잠시 이용할 수 없습니다"));

	private static final Map<Integer, String> MESSAGES = Map.ofEntries(entry(400, "요청 내용을 확인한 뒤 다시 시도해 주십시오."),
			entry(401, "인증 정보가 없거나 올바르지 않습니다."), entry(403, "이 작업을 할 권한이 없습니다."),
			entry(404, "요청하신 페이지가 없거나 삭제되었습니다. 주소를 다시 확인해 주십시오."),
			entry(405, "이 주소는 해당 요청 방식을 지원하지 않습니다."),
			entry(409, "다른 사람이 먼저 변경했습니다. 새로 고친 뒤 다시 시도해 주십시오."), entry(413, "보낸 내용이 허용된 크기를 넘었습니다."),
			entry(414, "주소(URL)가 허용된 길이(8KB)를 넘었습니다. 주소를 다시 확인해 주십시오."),
			entry(415, "요청 본문의 형식을 확인해 주십시오."),
			entry(431, "요청 헤더(쿠키 등)가 허용된 크기를 넘었습니다. 이 사이트의 쿠키를 지운 뒤 다시 시도해 주십시오."),
			entry(501, "이 서버는 해당 요청 방식을 지원하지 않습니다."),
			entry(503, "지금 요청이 몰려 처리하지 못했습니다. 잠시 후 다시 시도해 주십시오."));

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
