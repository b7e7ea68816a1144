package kr.sinmun.frontpage;

import java.time.Instant;

/** One stretch of time an article stood in a slot; {@code until} is null while it still does. */
public record Placement(Slot slot, long articleId, String headline, Long placedBy, Instant from, Instant until,
		Long removedBy) {
}
