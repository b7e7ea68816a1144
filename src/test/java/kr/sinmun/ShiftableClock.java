package kr.sinmun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one clock tests move. In the full-application tests it is the application's clock: real time, plus an
 * offset a test can move, so a scheduled article can come due without anyone waiting an hour while everything
 * else keeps seeing time pass. A unit test that must not see time pass at all starts one {@link #stoppedAt}.
 */
public final class ShiftableClock extends Clock {

	/** Null while the clock follows real time. */
	private final Instant stoppedAt;

	private volatile Duration offset = Duration.ZERO;

	public ShiftableClock() {
		this(null);
	}

	private ShiftableClock(Instant stoppedAt) {
		this.stoppedAt = stoppedAt;
	}

	/** A clock that stays at the given instant until a test shifts it. */
	public static ShiftableClock stoppedAt(Instant instant) {
		return new ShiftableClock(instant);
	}

	public void shift(Duration by) {
		offset = offset.plus(by);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return (stoppedAt != null ? stoppedAt : Instant.now()).plus(offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		ShiftableClock shiftableClock() {
			return new ShiftableClock();
		}

	}

}
