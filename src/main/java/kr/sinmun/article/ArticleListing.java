package kr.sinmun.article;

import java.time.Instant;

/**
 * An article as the newsroom's lists show it, in any state; {@code demo} for the demo paper's articles,
 * {@code returned} for one the desk sent back (반려) that has not been sent again.
 */
public record ArticleListing(long id, int sectionId, long reporterId, String headline, ArticleStatus status,
		boolean embargo, Instant publishedAt, Instant updatedAt, int version, String wireSource, boolean demo,
		boolean returned) {

	/** Published, but its time has not come: 예약 or 엠바고. */
	public boolean waiting(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
	}

}
