package kr.sinmun.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.pagecache.PageNumbers;
import kr.sinmun.platform.CachePolicy;
import kr.sinmun.platform.ErrorPageRenderer;
import kr.sinmun.platform.HttpErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the reader site's failures into Korean error pages with the right status, and renders the pages the
 * platform's error controller asks for (unknown URLs, server errors).
 */
@ControllerAdvice(assignableTypes = SiteController.class)
class SiteErrors implements ErrorPageRenderer {

	private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

	private final StaticPageViews views;

	private final PageRenderer renderer;

	private final String cacheControl;

	SiteErrors(StaticPageViews views, PageRenderer renderer, CachePolicy policy) {
		this.views = views;
		this.renderer = renderer;
		this.cacheControl = policy.cacheControl(CachePolicy.Kind.PAGE);
	}

	/**
	 * A list's page past its last: one answer for every such number, which the page cache keeps once per list
	 * (it reads the last page from the request) and drops with the list.
	 */
	@ExceptionHandler(PageNumberNotFoundException.class)
	ResponseEntity<byte[]> noSuchPageNumber(PageNumberNotFoundException ex, HttpServletRequest request) {
		request.setAttribute(PageNumbers.LAST_PAGE, ex.lastPage());
		return PageKeys.tag(ResponseEntity.status(404)
			.contentType(SiteController.HTML)
			.header(HttpHeaders.CACHE_CONTROL, cacheControl), ex.keys())
			.body(render(404, HttpErrors.title(404), HttpErrors.message(404)));
	}

	@ExceptionHandler({ ArticleNotFoundException.class, PageNotFoundException.class,
			MethodArgumentTypeMismatchException.class })
	ResponseEntity<byte[]> notFound() {
		return page(404);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(Exception ex) {
		log.error("독자 페이지 처리 중 오류", ex);
		return page(500);
	}

	private ResponseEntity<byte[]> page(int status) {
		return ResponseEntity.status(status)
			.contentType(SiteController.HTML)
			.body(render(status, HttpErrors.title(status), HttpErrors.message(status)));
	}

	@Override
	public byte[] render(int status, String title, String message) {
		try {
			return renderer.render("site/error.jte", views.error(status, title, message));
		}
		catch (RuntimeException ex) {
			// CASE: the error page itself cannot be built (say, the database is down): answer with a bare page.
			log.warn("오류 페이지를 만들지 못했습니다: {}", ex.getMessage());
			return ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>" + title
					+ "</title></head><body><h1>" + title + "</h1><p>" + message + "</p></body></html>")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
