package kr.sinmun.newsroom;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.UrlUtils;

/**
 * Remembers the page a logged-out writer asked for, to return there after the login, in a cookie (Spring
 * Security's {@link CookieRequestCache}) rather than a session, so an anonymous request stores nothing on the
 * server. Only a page the writer was looking at is remembered, never a script call; the cookie is read back
 * only when it names a page of this same site, and a damaged one is ignored.
 */
final class ReturnAfterLogin implements RequestCache {

	private final CookieRequestCache cookie = new CookieRequestCache();

	ReturnAfterLogin() {
		cookie.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
				&& !NewsroomSecurityConfiguration.SCRIPT_CALL.matches(request));
		cookie.setCookieCustomizer(saved -> {
			saved.setPath("/newsroom");
			saved.setAttribute("SameSite", "Lax");
		});
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		cookie.saveRequest(request, response);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved;
		try {
			saved = cookie.getRequest(request, response);
		}
		catch (IllegalArgumentException ex) {
			// CASE: a cookie that is not Base64 or not a URL was not written by us.
			return null;
		}
		return saved != null && sameSite(saved.getRedirectUrl(), request) ? saved : null;
	}

	/**
	 * Forgets the page once the logged-in writer is back on it. The request is served as it came: the cookie
	 * holds only the address, so there are no saved headers or parameters worth putting in its place (and an
	 * anonymous script call must keep its own {@code Accept}, which decides between a 401 and a redirect).
	 */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = getRequest(request, response);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		if (saved != null && loggedIn && saved.getRedirectUrl().equals(UrlUtils.buildFullRequestUrl(request))) {
			cookie.removeRequest(request, response);
		}
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		cookie.removeRequest(request, response);
	}

	// The cookie holds a full URL; a planted one must not send the writer to another site after the login.
	private static boolean sameSite(String url, HttpServletRequest request) {
		try {
			URI saved = URI.create(url);
			URI current = URI.create(UrlUtils.buildFullRequestUrl(request));
			return saved.getScheme() != null && saved.getScheme().equals(current.getScheme())
					&& saved.getHost() != null && saved.getHost().equalsIgnoreCase(current.getHost())
					&& port(saved) == port(current) && saved.getRawPath() != null
					&& saved.getRawPath().startsWith("/newsroom");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
