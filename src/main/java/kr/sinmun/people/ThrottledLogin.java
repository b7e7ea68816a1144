package kr.sinmun.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Reserves a login attempt before the password is checked, and checks it only within the limits. A refused
 * attempt fails like a wrong password does; the answer the user sees is the same for every failure.
 */
final class ThrottledLogin implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String client = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
				: null;
		if (!throttle.reserve(authentication.getName(), client)) {
			throw new LockedException("로그인 시도가 너무 많습니다.");
		}
		Authentication authenticated = passwords.authenticate(authentication);
		throttle.succeeded(authentication.getName(), client);
		return authenticated;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
