package kr.sinmun.people;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lockout rules of OWASP's cheat sheet as a reporter meets them, against real PostgreSQL: an attacker guessing
 * from one address locks out that address only, guessing from many addresses locks the account for unknown
 * addresses only, and every limit ends with its window or when an administrator sets a new password. Each test
 * throttles with a stopped clock of its own, so the window's end comes without waiting.
 */
class LoginLockoutIntegrationTests extends IntegrationTest {

	private static final String ATTACKER = "203.0.113.66";

	private static final String NEWSROOM = "198.51.100.10";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	private final ShiftableClock clock = ShiftableClock.stoppedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	private final String username = "nr-throttle-" + UUID.randomUUID().toString().substring(0, 8);

	private LoginThrottle throttle;

	@AfterEach
	void forgetTheAccount() {
		jdbc.sql("DELETE FROM login_attempts WHERE username = :username").param("username", username).update();
		jdbc.sql("DELETE FROM users WHERE username = :username").param("username", username).update();
	}

	@Test
	void anAttackerGuessingFromOneAddressLocksOutThatAddressOnly() {
		LoginThrottle throttle = throttle();
		for (int guess = 1; guess <= LoginThrottle.PER_CLIENT; guess++) {
			assertThat(throttle.reserve(username, ATTACKER)).as("guess %d", guess).isTrue();
		}
		assertThat(throttle.reserve(username, ATTACKER)).isFalse();
		assertThat(throttle.reserve(username, NEWSROOM)).isTrue();

		clock.shift(LoginThrottle.WINDOW.plusSeconds(1));
		assertThat(throttle.reserve(username, ATTACKER)).isTrue();
	}

	@Test
	void aRightPasswordStartsTheAddressCountAgain() {
		LoginThrottle throttle = throttle();
		for (int typo = 1; typo < LoginThrottle.PER_CLIENT; typo++) {
			throttle.reserve(username, NEWSROOM);
		}
		throttle.succeeded(username, NEWSROOM);

		for (int guess = 1; guess <= LoginThrottle.PER_CLIENT; guess++) {
			assertThat(throttle.reserve(username, NEWSROOM)).as("attempt %d after logging in", guess).isTrue();
		}
		assertThat(throttle.reserve(username, NEWSROOM)).isFalse();
	}

	@Test
	void guessesFromManyAddressesLockTheAccountForUnknownAddressesButNotForTheReportersOwn() {
		Reporter reporter = people.create(new NewUser(username, "첫 비밀번호-" + UUID.randomUUID(), "잠금 시험 기자",
				null, Role.REPORTER, null));
		LoginThrottle throttle = throttle();
		// The reporter logged in from the newsroom before: that address is known to the account from now on.
		throttle.reserve(username, NEWSROOM);
		throttle.succeeded(username, NEWSROOM);

		int letThrough = 0;
		for (int address = 1; address <= 2 * LoginThrottle.PER_ACCOUNT; address++) {
			letThrough += throttle.reserve(username, "192.0.2." + address) ? 1 : 0;
		}

		// The newsroom's first login was from an unknown address too, and counted as one.
		assertThat(letThrough).isEqualTo(LoginThrottle.PER_ACCOUNT - 1);
		assertThat(throttle.reserve(username, NEWSROOM)).isTrue();
		assertThat(people.account(reporter.id()).orElseThrow().lockedAt(clock.instant())).isTrue();

		// An administrator sets a new password: the account is open again, from anywhere.
		people.resetPassword(reporter.id(), "새 비밀번호-" + UUID.randomUUID());
		assertThat(people.account(reporter.id()).orElseThrow().lockedUntil()).isNull();
		assertThat(throttle.reserve(username, "192.0.2.250")).isTrue();
	}

	// A throttle as the application builds it, on this test's clock.
	private LoginThrottle throttle() {
		if (throttle == null) {
			throttle = new LoginThrottle(new LoginAttempts(jdbc), clock, new JdbcTransactionManager(dataSource));
		}
		return throttle;
	}

}
