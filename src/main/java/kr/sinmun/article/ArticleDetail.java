package kr.sinmun.article;

import java.time.Instant;
import java.util.List;

/**
 * A whole article. {@code bodyHtml} has been sanitized and is safe to render as is. {@code demo} marks an
 * article of the demo paper, which never leaves the installation (no portal, CDN purge, feed or sitemap).
 * {@code returned}: the desk sent it back (반려) and it has not been sent (송고) again since. {@code seriesId}: the
 * 연재 it is an episode of, or null ({@link SeriesEpisodes} places it; read with the article, so a page learns it
 * without another query).
 */
public record ArticleDetail(long id, int sectionId, long reporterId, String headline, String subheadline,
		String bodyHtml, String teaser, String imageUrl, Integer imageWidth,
		Integer imageHeight, List<String> tags, ArticleStatus status, Instant publishedAt, Instant createdAt,
		Instant updatedAt, int version, boolean embargo, List<Correction> corrections, List<Long> coReporterIds,
		String wireSource, boolean demo, boolean returned, Integer seriesId) {

	public ArticleDetail {
		corrections = corrections == null ? List.of() : List.copyOf(corrections);
		coReporterIds = coReporterIds == null ? List.of() : List.copyOf(coReporterIds);
	}

	/** An article in no series. */
	public ArticleDetail(long id, int sectionId, long reporterId, String headline, String subheadline,
			String bodyHtml, String teaser, String imageUrl, Integer imageWidth, Integer imageHeight, List<String> tags,
			ArticleStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt, int version,
			boolean embargo, List<Correction> corrections, List<Long> coReporterIds, String wireSource, boolean demo,
			boolean returned) {
		this(id, sectionId, reporterId, headline, subheadline, bodyHtml, teaser, imageUrl, imageWidth, imageHeight,
				tags, status, publishedAt, createdAt, updatedAt, version, embargo, corrections, coReporterIds,
				wireSource, demo, returned, null);
	}

	/** An article as it was before any 반려. */
	public ArticleDetail(long id, int sectionId, long reporterId, String headline, String subheadline,
			String bodyHtml, String teaser, String imageUrl, Integer imageWidth, Integer imageHeight, List<String> tags,
			ArticleStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt, int version,
			boolean embargo, List<Correction> corrections, List<Long> coReporterIds, String wireSource, boolean demo) {
		this(id, sectionId, reporterId, headline, subheadline, bodyHtml, teaser, imageUrl, imageWidth, imageHeight,
				tags, status, publishedAt, createdAt, updatedAt, version, embargo, corrections, coReporterIds,
				wireSource, demo, false);
	}

	/** An article the paper wrote (not demo content). */
	public ArticleDetail(long id, int sectionId, long reporterId, String headline, String subheadline,
			String bodyHtml, String teaser, String imageUrl, Integer imageWidth, Integer imageHeight, List<String> tags,
			ArticleStatus status, Instant publishedAt, Instant createdAt, Instant updatedAt, int version,
			boolean embargo, List<Correction> corrections, List<Long> coReporterIds, String wireSource) {
		this(id, sectionId, reporterId, headline, subheadline, bodyHtml, teaser, imageUrl, imageWidth, imageHeight,
				tags, status, publishedAt, createdAt, updatedAt, version, embargo, corrections, coReporterIds,
				wireSource, false, false);
	}

	/** Whether {@code userId} wrote it: its reporter or one of its co-reporters. */
	public boolean writtenBy(long userId) {
		return reporterId == userId || coReporterIds.contains(userId);
	}

	public String url() {
		return "/news/" + id;
	}

	/** The words of this article, as a save would send them back. */
	public ArticleText text() {
		return new ArticleText(sectionId, reporterId, headline, subheadline, bodyHtml, tags, coReporterIds, wireSource);
	}

	/** Whether a reader may see it at {@code now}. */
	public boolean visibleAt(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	/** The summary of this article, as lists show it. */
	public ArticleSummary summary() {
		return new ArticleSummary(id, sectionId, reporterId, headline, teaser, imageUrl, publishedAt, seriesId, null);
	}

}
