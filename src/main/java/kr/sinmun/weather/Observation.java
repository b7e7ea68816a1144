package kr.sinmun.weather;

import java.time.Instant;

/** What one station reported: the weather word (null when not observed), temperature in ℃, and when. */
record Observation(int stn, String word, double temperature, Instant observedAt) {
}
