package kr.sinmun.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * The one way a password is checked at login, for the newsroom's form and the API's token endpoint alike:
	 * Spring Security's {@link DaoAuthenticationProvider} behind the {@link LoginThrottle}. Defining it also stops
	 * Spring Boot from generating and logging a password.
	 */
	@Bean
	AuthenticationProvider passwordLogin(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails(users));
		passwords.setPasswordEncoder(encoder);
		// CASE: whether an account is disabled is told only after its password was right, and answered like a
		// wrong password: a guesser learns nothing about the account's state, not even from the time taken.
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("사용할 수 없는 계정입니다.");
			}
		});
		return new ThrottledLogin(passwords, throttle);
	}

	private static UserDetailsService userDetails(UserRepository users) {
		return username -> users.credentials(username)
			.map(credentials -> User.withUsername(credentials.username())
				.password(credentials.passwordHash())
				.roles(credentials.role().name())
				.disabled(!credentials.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("사용자를 찾을 수 없습니다."));
	}

}
