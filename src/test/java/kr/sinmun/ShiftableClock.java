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
 * The application's clock in the full-application tests: real time, plus an offset a test can move, so a
 * scheduled article can come due without anyone waiting an hour. Everything else keeps seeing time pass.
 */
public final class ShiftableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

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
		return Instant.now().plus(offset);
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
