package kr.sinmun.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.platform.StrictTransportSecurity;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts reader pages into {@link PageCache} and serves them from it before Spring Security and MVC are entered.
 * It decides from the request alone: a GET or HEAD of a reader page, without credentials or a session cookie.
 * Everything else falls through untouched. Most hits never get here: {@link CachedPageValve} answers them at the
 * connector. This filter renders what is missing, once however many readers ask at the same moment, and answers
 * those who waited for it. Article views are counted on those answers too, since the controller never sees them.
 */
class PageCacheFilter extends HttpFilter {

	private static final List<String> CACHEABLE_TYPES = List.of("text/html", "application/rss+xml", "application/xml",
			"text/plain");

	// What the cache sets itself, and what depends on the request that happened to render the page: a cached
	// page is answered to everyone. Strict-Transport-Security is added per response, on secure requests only.
	private static final Set<String> SKIPPED_HEADERS = Set.of("set-cookie", "content-length", "date",
			"transfer-encoding", "content-type", "content-encoding", "etag", "vary",
			StrictTransportSecurity.NAME.toLowerCase(Locale.ROOT));

	private static final Set<String> SESSION_COOKIES = Set.of("SESSION", "JSESSIONID", "SINMUN_SESSION");

	// Tomcat's sendfile contract: it says whether the connector can, and takes a file and a byte range.
	private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

	private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	private final PageCache cache;

	private final ConcurrentHashMap<String, CompletableFuture<PageCache.CachedPage>> inFlight = new ConcurrentHashMap<>();

	private final ViewTracker viewTracker;

	PageCacheFilter(PageCache cache, ViewTracker viewTracker) {
		this.cache = cache;
		this.viewTracker = viewTracker;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = isCacheable(request) ? PageLookup.key(request.getRequestURI(), request.getQueryString()) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		long articleId = PageLookup.articleId(key);
		// CASE: stored between the valve's look and this one.
		PageCache.CachedPage page = PageLookup.find(cache, request.getRequestURI(), request.getQueryString());
		if (page != null) {
			answer(page, request, response);
			return;
		}
		// Request coalescing: when a hot page is missing, the first request renders it and the others wait
		// for that render instead of each rendering it again.
		CompletableFuture<PageCache.CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<PageCache.CachedPage> rendering = inFlight.putIfAbsent(key, mine);
		if (rendering != null) {
			PageCache.CachedPage rendered = await(rendering);
			if (rendered != null) {
				answer(rendered, request, response);
				return;
			}
			// CASE: the other render was not cacheable (an error, a redirect): render this one ourselves.
			render(request, response, chain, key, articleId, null);
			return;
		}
		render(request, response, chain, key, articleId, mine);
	}

	private void answer(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (page.articleId() != 0) {
			viewTracker.track(page.articleId(), request);
		}
		write(page, request, response);
	}

	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			long articleId, CompletableFuture<PageCache.CachedPage> mine) throws ServletException, IOException {
		PageCache.CachedPage stored = null;
		cache.countRender();
		long dropsBefore = cache.drops();
		try {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			String contentType = wrapper.getContentType();
			boolean storable = contentType != null && CACHEABLE_TYPES.stream().anyMatch(contentType::startsWith)
					&& wrapper.getHeader(HttpHeaders.SET_COOKIE) == null && "GET".equals(request.getMethod());
			if (storable && wrapper.getStatus() == 200) {
				stored = cache.put(key, articleId, wrapper.getContentAsByteArray(), contentType, repeatableHeaders(wrapper),
						dropsBefore);
			}
			else if (storable && wrapper.getStatus() == 404 && request.getAttribute(PageNumbers.LAST_PAGE) instanceof Integer last) {
				stored = cache.putNoSuchPage(PageLookup.noSuchPageKey(key), last, wrapper.getContentAsByteArray(),
						contentType, repeatableHeaders(wrapper), dropsBefore);
			}
			if (stored != null) {
				// The reader who waited for the render gets it compressed too, as every later reader will.
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
				return;
			}
			wrapper.copyBodyToResponse();
		}
		finally {
			if (mine != null) {
				inFlight.remove(key, mine);
				mine.complete(stored);
			}
		}
	}

	private static PageCache.CachedPage await(CompletableFuture<PageCache.CachedPage> rendering) {
		try {
			return rendering.get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Whether the cache may answer this request: a GET or HEAD without credentials or a session. */
	static boolean isCacheable(HttpServletRequest request) {
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
				if (SESSION_COOKIES.contains(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	// The servlet twin of CachedPageValve's answer, for the few hits that get this far.
	private static void write(PageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(page.status());
		for (PageCache.Header header : page.wire()) {
			response.addHeader(header.name(), header.value());
		}
		StrictTransportSecurity.write(request, response);
		if (page.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
				request.getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
			response.setStatus(304);
			return;
		}
		PageCache.Variant variant = page.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (variant.encoding() != null) {
			response.addHeader(variant.encoding().name(), variant.encoding().value());
		}
		response.setContentLength(variant.bytes().length);
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		// Small pages are cheapest as one write with their headers; large ones are cheapest with sendfile.
		if (variant.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
			// Tomcat sends the file from the kernel once this filter returns; no byte crosses the JVM.
			request.setAttribute(SENDFILE_FILENAME, variant.file().toString());
			request.setAttribute(SENDFILE_START, 0L);
			request.setAttribute(SENDFILE_END, (long) variant.bytes().length);
			return;
		}
		response.getOutputStream().write(variant.bytes());
	}

	private static List<String[]> repeatableHeaders(HttpServletResponse response) {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (SKIPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				headers.add(new String[] { name, value });
			}
		}
		return List.copyOf(headers);
	}

}
