package kr.sinmun.article;

import java.time.Instant;

/** A revision as a list shows it: its number, who saved it and when, and how long its body was. */
public record RevisionStamp(int version, String headline, Long savedBy, Instant savedAt, int bodyLength) {
}
