package kr.sinmun.pagecache;

import java.io.IOException;
import java.nio.file.Path;
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
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Globals;

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

	private final PageCache cache;

	private final ConcurrentHashMap<String, CompletableFuture<PageCache.CachedPage>> inFlight = new ConcurrentHashMap<>();

	private final CachedAnswers answers;

	PageCacheFilter(PageCache cache, CachedAnswers answers) {
		this.cache = cache;
		this.answers = answers;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = answers.isCacheable(request)
				? PageLookup.key(request.getRequestURI(), request.getQueryString()) : null;
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
		answers.answer(page, request, new ServletTarget(request, response));
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
				CachedAnswers.answerRendered(stored, request, response);
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

	// The few hits that get this far, answered through the servlet response.
	private record ServletTarget(HttpServletRequest request, HttpServletResponse response)
			implements CachedAnswers.Target {

		@Override
		public void header(PageCache.Header header) {
			response.addHeader(header.name(), header.value());
		}

		@Override
		public void requestHeaders() {
			StrictTransportSecurity.write(request, response);
		}

		@Override
		public void status(int status) {
			response.setStatus(status);
		}

		@Override
		public void contentLength(int length) {
			response.setContentLength(length);
		}

		// Tomcat sends the file from the kernel once this filter returns; no byte crosses the JVM.
		@Override
		public void sendfile(Path file, long length) {
			request.setAttribute(Globals.SENDFILE_FILENAME_ATTR, file.toString());
			request.setAttribute(Globals.SENDFILE_FILE_START_ATTR, 0L);
			request.setAttribute(Globals.SENDFILE_FILE_END_ATTR, length);
		}

		@Override
		public void body(byte[] bytes) throws IOException {
			response.getOutputStream().write(bytes);
		}

	}

}
