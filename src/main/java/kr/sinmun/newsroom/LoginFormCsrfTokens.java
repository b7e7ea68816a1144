package kr.sinmun.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * CSRF tokens without a session before login. The login form's token is a double-submit cookie (Spring
 * Security's {@link CookieCsrfTokenRepository}), limited to {@code /newsroom/login}, so an anonymous visitor
 * costs no session row; once logged in, tokens live in the session as before.
 */
final class LoginFormCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "SINMUN_LOGIN_CSRF";

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern("/newsroom/login");

	private final CsrfTokenRepository loginForm;

	private final CsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	LoginFormCsrfTokens() {
		CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
		cookie.setCookieName(COOKIE);
		cookie.setCookiePath("/newsroom/login");
		// HttpOnly is the repository's default; Secure follows the request. Strict: no other site can send it.
		cookie.setCookieCustomizer(builder -> builder.sameSite("Strict"));
		this.loginForm = cookie;
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		return LOGIN.matches(request) ? loginForm : session;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

}
