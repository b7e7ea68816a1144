package kr.sinmun.api;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two chains: the token endpoint takes HTTP Basic (user name and password, once), every other API call takes
 * only a bearer token. Both are stateless and answer failures with Korean problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** Reader search and autocomplete are public: the site's own pages call them. */
	static final List<String> PUBLIC_READS = List.of("/api/v1/search", "/api/v1/search/suggest");

	static final String TOKEN_PATH = "/api/v1/auth/token";

	private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, exception) -> {
		response.setHeader("WWW-Authenticate", request.getRequestURI().equals(TOKEN_PATH)
				? "Basic realm=\"sinmun\", charset=\"UTF-8\"" : "Bearer realm=\"sinmun\"");
		ProblemResponses.write(response, 401, request.getRequestURI().equals(TOKEN_PATH)
				? "사용자 이름 또는 비밀번호가 올바르지 않습니다." : "API 토큰이 없거나 올바르지 않습니다. Authorization: Bearer <토큰> 헤더를 보내 주십시오.");
	};

	private static final AccessDeniedHandler FORBIDDEN = (request, response, exception) -> ProblemResponses
		.write(response, 403, "이 작업을 할 권한이 없습니다.");

	@Bean
	@Order(1)
	SecurityFilterChain apiTokenIssue(HttpSecurity http) throws Exception {
		http.securityMatcher(TOKEN_PATH)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(UNAUTHORIZED))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST).authenticated()
				.anyRequest()
				.denyAll());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiCalls(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, PUBLIC_READS.toArray(String[]::new)).permitAll()
				// The API's own description (ApiDocumentation) is public, as any published API's is.
				.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml").permitAll()
				// The synonym dictionary and query explanations are the desk's tools as well as the administrators'.
				.requestMatchers("/api/v1/search/synonyms", "/api/v1/search/synonyms/**", "/api/v1/search/explain")
				.hasAnyRole("EDITOR", "ADMIN")
				// Every token reads the sections; only an administrator adds or changes one, as in the newsroom.
				.requestMatchers(HttpMethod.POST, "/api/v1/sections", "/api/v1/sections/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.PUT, "/api/v1/sections/**").hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/sections/**").hasRole("ADMIN")
				.requestMatchers("/api/v1/search/dictionary/**", "/api/v1/search/dictionary", "/api/v1/search/rebuild",
						"/api/v1/weather", "/api/v1/weather/**", "/api/v1/banner-campaigns", "/api/v1/banner-campaigns/**",
						"/api/v1/banner-slots")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAuthority(BearerTokenFilter.API_CLIENT));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> apiRequestSizeLimit(ApiProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxBodyBytes()));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	// After Spring Security's chain (order -100), which has found the token's owner, and before MVC.
	@Bean
	FilterRegistrationBean<IdempotencyKeyFilter> apiIdempotencyKeys(IdempotencyKeys keys, TransactionTemplate transactions,
			ApiProperties properties, Clock clock) {
		FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyKeyFilter(keys, transactions, properties, clock));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(0);
		return registration;
	}

}
