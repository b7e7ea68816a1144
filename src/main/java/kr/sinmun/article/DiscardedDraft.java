package kr.sinmun.article;

import java.time.Instant;

/** A draft its reporter deleted, as the restore screen lists it; {@code deletedBy} is who deleted it. */
public record DiscardedDraft(long id, String headline, long reporterId, Long deletedBy, Instant deletedAt,
		Instant updatedAt) {
}
