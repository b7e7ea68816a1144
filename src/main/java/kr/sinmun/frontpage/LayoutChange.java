package kr.sinmun.frontpage;

import java.time.Instant;

/** One change of the home page's composition, for 배열 기록. */
public record LayoutChange(Instant at, Long changedBy, String summary) {
}
