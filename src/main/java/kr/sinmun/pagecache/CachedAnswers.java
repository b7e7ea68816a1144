package kr.sinmun.pagecache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Globals;

import org.springframework.http.HttpHeaders;

/**
 * How a request is answered from the cache, the one way for {@link CachedPageValve} (hits, at the connector)
 * and {@link PageCacheFilter} (the hits that get past the valve, and readers who waited for a render): who may
 * be answered, the view it counts, the stored headers, {@code 304}, the encoding, {@code HEAD}, and memory or
 * {@code sendfile}. The valve and the filter differ only in where the parts go, a {@link Target}.
 */
final class CachedAnswers {

	private final ViewTracker viewTracker;

	// The newsroom's session cookie, named where the session is configured (server.servlet.session.cookie.name),
	// and the names a container or Spring Session use when that is unset: whoever carries one sees pages of their own.
	private final Set<String> sessionCookies;

	CachedAnswers(ViewTracker viewTracker, String sessionCookie) {
		this.viewTracker = viewTracker;
		this.sessionCookies = Set.copyOf(new HashSet<>(List.of(sessionCookie, "SESSION", "JSESSIONID")));
	}

	/** Whether the cache may answer this request: a GET or HEAD without credentials or a session. */
	boolean isCacheable(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (sessionCookies.contains(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	/** Answers {@code request} with a stored page, counting the view of an article page. */
	void answer(PageCache.CachedPage page, HttpServletRequest request, Target target) throws IOException {
		if (page.articleId() != 0) {
			viewTracker.track(page.articleId(), request);
		}
		for (PageCache.Header header : page.wire()) {
			target.header(header);
		}
		target.requestHeaders();
		if (page.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
				request.getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
			// The container leaves the body out of a 304.
			target.status(304);
			return;
		}
		PageCache.Variant variant = page.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (variant.encoding() != null) {
			target.header(variant.encoding());
		}
		target.status(page.status());
		target.contentLength(variant.bytes().length);
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		// Small pages are cheapest as one write with their headers; large ones are cheapest with sendfile.
		if (variant.file() != null && Boolean.TRUE.equals(request.getAttribute(Globals.SENDFILE_SUPPORTED_ATTR))) {
			target.sendfile(variant.file(), variant.bytes().length);
			return;
		}
		target.body(variant.bytes());
	}

	/**
	 * Answers the request whose render was just stored. Its headers are already on the response (the render set
	 * them); the body is the stored encoding this reader accepts, so the reader who waited for the render gets
	 * it compressed too, as every later reader will.
	 */
	static void answerRendered(PageCache.CachedPage stored, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (stored.status() == 200) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		PageCache.Variant variant = stored.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (variant.encoding() != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, variant.encoding().value());
		}
		response.setContentLength(variant.bytes().length);
		response.getOutputStream().write(variant.bytes());
	}

	/**
	 * Where an answer's parts go: the connector's response, as the stored bytes (the valve), or the servlet
	 * response (the filter).
	 */
	interface Target {

		/** A header stored with the page, or its variant's Content-Encoding. */
		void header(PageCache.Header header);

		/** What depends on the moment and on the request, never stored with a page (HSTS on secure requests). */
		void requestHeaders();

		void status(int status);

		void contentLength(int length);

		/** Has the container send {@code length} bytes of {@code file} from the kernel once the request returns. */
		void sendfile(Path file, long length);

		void body(byte[] bytes) throws IOException;

	}

}
