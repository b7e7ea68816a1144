package kr.sinmun.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	// Defining our own user store also stops Spring Security from generating and logging a password.
	@Bean
	UserDetailsService userDetailsService(UserRepository users, java.time.Clock clock) {
		return username -> users.credentials(username)
			.map(credentials -> User.withUsername(credentials.username())
				.password(credentials.passwordHash())
				.roles(credentials.role().name())
				.disabled(!credentials.enabled())
				.accountLocked(credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(clock.instant()))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("사용자를 찾을 수 없습니다."));
	}

}
