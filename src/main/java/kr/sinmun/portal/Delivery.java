package kr.sinmun.portal;

import java.time.Instant;

/** The newest delivery of an article to a portal: what was sent, how it went, and when. */
public record Delivery(long outboxId, String portal, long articleId, String action, String status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	/** The state in Korean, as the newsroom shows it. */
	public String label() {
		return switch (status) {
			case "SENT" -> action.equals("DELETE") ? "삭제 전송 완료" : "전송 완료";
			case "FAILED" -> "전송 실패(재시도 중단)";
			default -> attempts == 0 ? "전송 대기" : "재시도 대기(" + attempts + "회 실패)";
		};
	}

}
