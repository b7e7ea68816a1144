package kr.sinmun.api;

import java.time.OffsetDateTime;
import java.util.List;

/** An article as the API returns it; times are ISO-8601 in KST; {@code series} is its 연재's slug, or null. */
record ArticleResponse(long id, String url, String section, String headline, String subheadline, String bodyHtml,
		String teaser, String reporter, List<String> tags, String status, OffsetDateTime publishedAt,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, String wireSource, String series) {
}
