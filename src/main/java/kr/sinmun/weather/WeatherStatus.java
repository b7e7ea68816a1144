package kr.sinmun.weather;

import java.time.Instant;

/**
 * How the ticker's feed is doing, for the newsroom: which source answered last, when, and the last error with
 * KMA's code. {@code configured} is false when no key is set.
 */
public record WeatherStatus(boolean configured, String source, Instant lastSuccess, Instant observedAt,
		Instant lastErrorAt, String lastErrorCode, String lastError) {
}
