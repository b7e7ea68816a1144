package kr.sinmun.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The reader site's security: everything is public and read-only, so this chain only adds the security
 * headers. Modules with protected paths (the API, the newsroom) register their own, earlier chains.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain readerSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// CASE: the 기사제보 form (/tip) is the one form readers post. Nobody is signed in on the reader site,
			// so a forged post acts with no one's authority; a CSRF token would need a session for every reader.
			// Spam is held off by a hidden field and an hourly limit per address instead (site.TipController).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/tip"))
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// Reader pages are public and cacheable; their controllers say for how long, so no Cache-Control here.
			.headers(headers -> {
				headers.defaultsDisabled();
				SecurityHeaders.READER.forEach(headers::addHeaderWriter);
			});
		return http.build();
	}

	/**
	 * A request the firewall refuses ({@code /a;b}, {@code //news}, an unknown method) is refused before any
	 * chain has written a header. It gets them here, then the paper's Korean 400 page through the container's
	 * error handling; nothing is logged, since scanners send these all day.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			SecurityHeaders.write(request, response);
			response.sendError(400);
		};
	}

}
