package kr.sinmun.ads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The banner endpoints are public and stateless. Impression beacons carry a signed token instead of a CSRF
 * token; the sandboxed tag frame sets its own Content-Security-Policy, so this chain adds none.
 */
@Configuration(proxyBeanMethods = false)
class AdSecurityConfiguration {

	@Bean
	@Order(4)
	SecurityFilterChain bannerSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/ad/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()).cacheControl(cache -> cache.disable()));
		return http.build();
	}

}
