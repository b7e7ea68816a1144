package kr.sinmun.media;

import java.time.Duration;

/**
 * Too many photos are being decoded to take this one now; nothing was stored. The message is Korean and meant
 * for the user; {@link #retryAfter()} is what to send in {@code Retry-After}.
 */
public class MediaBusyException extends RuntimeException {

	private final Duration retryAfter;

	MediaBusyException(Duration retryAfter) {
		super("지금 사진을 처리하는 요청이 많아 이 사진을 받지 못했습니다. " + Math.max(1, retryAfter.toSeconds())
				+ "초쯤 뒤에 다시 올려 주십시오.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** Whole seconds, at least one, as {@code Retry-After} takes them. */
	public String retryAfterSeconds() {
		return String.valueOf(Math.max(1, retryAfter.toSeconds()));
	}

}
