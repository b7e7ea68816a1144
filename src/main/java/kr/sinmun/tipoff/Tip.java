package kr.sinmun.tipoff;

import java.time.Instant;
import java.util.List;

/** A tip as the newsroom reads it; {@code attachments} describe the files without their bytes. */
public record Tip(long id, String name, String contact, String body, TipStatus status, Instant receivedAt,
		List<Attachment> attachments) {

	/** An attached photo: the name the reader's file had (shown, never used as a path), its type and size. */
	public record Attachment(long id, String fileName, String contentType, int bytes, int width, int height) {
	}

}
