package kr.sinmun.newsroom;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The newsroom's chain: a login form, a session kept in PostgreSQL, CSRF tokens on every form and every
 * script call, and roles checked on every path. Script calls (autosave, uploads) get JSON 401/403 instead of
 * a redirect, so the editor can keep the text and ask the writer to log in again.
 */
@Configuration(proxyBeanMethods = false)
class NewsroomSecurityConfiguration {

	// The editor's scripts ask for JSON; a page load never does.
	static final RequestMatcher SCRIPT_CALL = request -> {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("application/json");
	};

	static final String STALE_FORM = "이 화면을 연 뒤 로그인이 바뀌어(로그아웃 후 다시 로그인 등) 보낸 내용을 받을 수 없습니다. "
			+ "브라우저의 뒤로 가기로 돌아가 입력한 내용을 복사해 두고, 화면을 새로 고친 뒤 다시 보내 주십시오.";

	@Bean
	@Order(3)
	SecurityFilterChain newsroom(HttpSecurity http, EditorAssets assets, NewsroomErrors errors) throws Exception {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/newsroom/login");
		AuthenticationEntryPoint scriptLogin = (request, response, exception) -> errors.writeJson(response, 401,
				"로그인이 만료되었습니다. 다시 로그인하면 쓰던 내용이 저장됩니다.");
		// CASE: a CSRF failure after the session expired is a login problem, not a permission problem.
		AccessDeniedHandler denied = (request, response, exception) -> {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = current == null || current instanceof AnonymousAuthenticationToken;
			if (anonymous) {
				(SCRIPT_CALL.matches(request) ? scriptLogin : loginPage).commence(request, response, null);
			}
			else if (exception instanceof CsrfException) {
				// CASE: signed in, but the form's token is not this session's: the page was opened before a
				// logout and a new login (here or in another window). Not a permission the person lacks.
				if (SCRIPT_CALL.matches(request)) {
					errors.writeJson(response, 403, STALE_FORM);
				}
				else {
					errors.writePage(request, response, 403, "화면을 새로 고쳐 주십시오", STALE_FORM);
				}
			}
			else if (SCRIPT_CALL.matches(request)) {
				errors.writeJson(response, 403, "이 작업을 할 권한이 없습니다.");
			}
			else {
				errors.writePage(request, response, 403);
			}
		};
		// Nothing an anonymous visitor does stores a session: the login form's CSRF token and the page to return
		// to after the login are kept in cookies (LoginFormCsrfTokens, ReturnAfterLogin).
		http.securityMatcher("/newsroom", "/newsroom/**")
			.csrf(csrf -> csrf.csrfTokenRepository(new LoginFormCsrfTokens()))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/newsroom/login")
				.permitAll()
				.requestMatchers("/newsroom/admin", "/newsroom/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("REPORTER", "EDITOR", "ADMIN"))
			.formLogin(form -> form.loginPage("/newsroom/login")
				.loginProcessingUrl("/newsroom/login")
				.defaultSuccessUrl("/newsroom", false)
				.failureHandler(failure()))
			.logout(logout -> logout.logoutUrl("/newsroom/logout").logoutSuccessUrl("/newsroom/login?logout"))
			.requestCache(cache -> cache.requestCache(new ReturnAfterLogin()))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(scriptLogin, SCRIPT_CALL)
				.defaultAuthenticationEntryPointFor(loginPage, request -> true)
				.accessDeniedHandler(denied))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(assets.contentSecurityPolicy()))
				.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	// CASE: one answer for every refusal (wrong password, unknown or disabled account, too many attempts), as
	// OWASP's Authentication Cheat Sheet advises: the reason would tell a guesser which accounts exist and which
	// of them an attack has slowed down. The user name goes back into the form.
	private static AuthenticationFailureHandler failure() {
		return (HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception) -> {
			String username = request.getParameter("username");
			redirect(response, "/newsroom/login?error&username="
					+ URLEncoder.encode(username == null ? "" : username, StandardCharsets.UTF_8));
		};
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException {
		response.sendRedirect(location);
	}

}
