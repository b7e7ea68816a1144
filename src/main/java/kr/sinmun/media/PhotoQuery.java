package kr.sinmun.media;

import java.time.LocalDate;

/**
 * A search of the library: words found in the caption or credit (inside words too, as Korean needs: 국회 finds
 * 국회에서), the uploader, and a range of upload dates in Korea's time. Empty values do not narrow.
 */
public record PhotoQuery(String text, Long uploaderId, LocalDate from, LocalDate to, int page, int pageSize) {

	public PhotoQuery {
		text = text == null ? "" : text.strip();
		page = Math.max(1, page);
		pageSize = Math.max(1, Math.min(100, pageSize));
	}

}
