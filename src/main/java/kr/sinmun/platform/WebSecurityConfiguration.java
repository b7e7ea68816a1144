package kr.sinmun.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The reader site's security: everything is public and read-only, so this chain only adds the security
 * headers. Modules with protected paths (the API, the newsroom) register their own, earlier chains.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; "
			+ "form-action 'self'";

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain readerSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(
					org.springframework.security.config.http.SessionCreationPolicy.NEVER))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.sameOrigin())
				// Reader pages are public and cacheable; their controllers say for how long.
				.cacheControl(cache -> cache.disable())
				// The same header Spring writes, from the one place the page cache also adds it from on a secure hit.
				.httpStrictTransportSecurity(hsts -> hsts.disable())
				.addHeaderWriter(StrictTransportSecurity::write));
		return http.build();
	}

}
