package kr.sinmun.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleStateException;
import kr.sinmun.article.InvalidArticleException;
import kr.sinmun.media.MediaBusyException;
import kr.sinmun.media.MediaStoreUnavailableException;
import kr.sinmun.platform.ForbiddenCharacterException;
import kr.sinmun.platform.HttpErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The newsroom's failures in Korean: a page for a page, JSON for the editor's scripts. Never a stack trace,
 * and never the article's data to someone without the right.
 */
@ControllerAdvice(basePackageClasses = NewsroomErrors.class)
class NewsroomErrors {

	private static final Logger log = LoggerFactory.getLogger(NewsroomErrors.class);

	private final TemplateEngine templates;

	private final NewsroomPages pages;

	private final JsonMapper json = JsonMapper.builder().build();

	NewsroomErrors(TemplateEngine templates, NewsroomPages pages) {
		this.templates = templates;
		this.pages = pages;
	}

	@ExceptionHandler({ ArticleNotFoundException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<byte[]> notFound(HttpServletRequest request) {
		return answer(request, 404, "요청하신 기사나 버전이 없습니다.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<byte[]> forbidden(HttpServletRequest request, AccessDeniedException ex) {
		return answer(request, 403, ex.getMessage());
	}

	@ExceptionHandler(ArticleStateException.class)
	ResponseEntity<byte[]> state(HttpServletRequest request, ArticleStateException ex) {
		return answer(request, 409, ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<byte[]> tooLarge(HttpServletRequest request) {
		return answer(request, 413, "파일이 너무 큽니다. 20MB 이하의 사진을 올려 주십시오.");
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<byte[]> unreadable(HttpServletRequest request, Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ForbiddenCharacterException forbidden) {
				return answer(request, 400, forbidden.koreanMessage());
			}
		}
		return answer(request, 400, "보낸 내용을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주십시오.");
	}

	// The article module's own refusal, for a rule no form checked first.
	@ExceptionHandler(InvalidArticleException.class)
	ResponseEntity<byte[]> invalid(HttpServletRequest request, InvalidArticleException ex) {
		return answer(request, 400, ex.getMessage());
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<byte[]> status(HttpServletRequest request, ResponseStatusException ex) {
		return answer(request, ex.getStatusCode().value(), ex.getReason());
	}

	// Uploads on forms (a banner image, a reporter's photo) when the store is down: say so, and let them retry.
	@ExceptionHandler(MediaStoreUnavailableException.class)
	ResponseEntity<byte[]> storeUnavailable(HttpServletRequest request, MediaStoreUnavailableException ex) {
		log.warn("사진 저장 실패: {} ({})", request.getRequestURI(), String.valueOf(ex.getCause()));
		return answer(request, 503, ex.getMessage());
	}

	// Uploads on forms while too many photos are being decoded: nothing was stored, try again shortly.
	@ExceptionHandler(MediaBusyException.class)
	ResponseEntity<byte[]> busy(HttpServletRequest request, MediaBusyException ex) {
		ResponseEntity<byte[]> answer = answer(request, 503, ex.getMessage());
		return ResponseEntity.status(503)
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, ex.retryAfterSeconds())
			.body(answer.getBody());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(HttpServletRequest request, Exception ex) {
		log.error("뉴스룸 요청 처리 중 오류: {}", request.getRequestURI(), ex);
		return answer(request, 500, HttpErrors.message(500));
	}

	private ResponseEntity<byte[]> answer(HttpServletRequest request, int status, String message) {
		String text = message == null ? HttpErrors.message(status) : message;
		if (NewsroomSecurityConfiguration.SCRIPT_CALL.matches(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(jsonBytes(text));
		}
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(page(status, text));
	}

	void writeJson(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		response.getOutputStream().write(jsonBytes(message));
	}

	void writePage(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		writePage(request, response, status, HttpErrors.title(status), HttpErrors.message(status));
	}

	void writePage(HttpServletRequest request, HttpServletResponse response, int status, String title, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page(status, title, message));
	}

	private byte[] jsonBytes(String message) {
		return json.writeValueAsBytes(Map.of("message", message));
	}

	private byte[] page(int status, String message) {
		return page(status, HttpErrors.title(status), message);
	}

	private byte[] page(int status, String title, String message) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		templates.render("newsroom/error.jte", new PageModels.ErrorPage(pages.siteName(), status, title, message),
				output);
		return output.toByteArray();
	}

}
