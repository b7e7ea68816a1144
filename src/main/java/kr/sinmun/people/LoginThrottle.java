package kr.sinmun.people;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes; a successful login clears the count.
 * Both the newsroom's login form and the API's token endpoint count, since both check the same password.
 * The count lives in the users table, so the rule holds across nodes and restarts.
 */
@Component
class LoginThrottle {

	static final int ATTEMPTS = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final UserRepository users;

	private final Clock clock;

	LoginThrottle(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		users.recordFailure(event.getAuthentication().getName(), ATTEMPTS, clock.instant().plus(LOCK));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		users.recordSuccess(event.getAuthentication().getName());
	}

}
