package kr.sinmun.api;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.article.ArticleConflictException;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleStateException;
import kr.sinmun.article.InvalidArticleException;
import kr.sinmun.media.MediaBusyException;
import kr.sinmun.media.MediaStoreUnavailableException;
import kr.sinmun.platform.ForbiddenCharacterException;
import kr.sinmun.platform.HttpErrors;
import kr.sinmun.search.DuplicateSynonymException;
import kr.sinmun.search.InvalidSynonymException;
import kr.sinmun.search.SynonymNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;

/**
 * Every API failure as RFC 9457 problem details with a Korean {@code detail} that names the field at fault,
 * plus an {@code errors} list when there are several.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField().replaceAll("\\[\\d+]", ""),
					String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = String.join(" ", errors.stream().map(FieldProblem::message).distinct().toList());
		return problem(HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler(ApiValidationException.class)
	ResponseEntity<ProblemDetail> invalid(ApiValidationException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), fieldErrors(ex.problems()));
	}

	// The article module's own refusal, for a rule the controller did not check first.
	@ExceptionHandler(InvalidArticleException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidArticleException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), fieldErrors(ex.problems()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
				return problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), null);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ForbiddenCharacterException forbidden) {
				String message = forbidden.koreanMessage();
				return problem(HttpStatus.BAD_REQUEST, message, forbidden.field() == null ? null
						: List.of(new FieldProblem(forbidden.field(), message)));
			}
		}
		String field = fieldOf(ex);
		if (field == null) {
			return problem(HttpStatus.BAD_REQUEST, "요청 본문이 올바른 JSON이 아닙니다.", null);
		}
		String message = "필드 '" + field + "'의 값 형식이 올바르지 않습니다.";
		return problem(HttpStatus.BAD_REQUEST, message, List.of(new FieldProblem(field, message)));
	}

	// The search module's own refusal of a synonym entry, whichever rule it broke.
	@ExceptionHandler(InvalidSynonymException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidSynonymException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage(), fieldErrors(ex.problems()));
	}

	@ExceptionHandler(DuplicateSynonymException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateSynonymException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), null);
	}

	@ExceptionHandler({ ArticleNotFoundException.class, SearchApiController.NoSuchWordException.class,
			ApiNotFoundException.class, SynonymNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), null);
	}

	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> uploadTooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "파일이 너무 큽니다. 20MB 이하의 사진을 올려 주십시오.", null);
	}

	@ExceptionHandler(MediaStoreUnavailableException.class)
	ResponseEntity<ProblemDetail> storeUnavailable(MediaStoreUnavailableException ex) {
		log.warn("사진 저장 실패: {}", String.valueOf(ex.getCause()));
		return problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), null);
	}

	@ExceptionHandler(MediaBusyException.class)
	ResponseEntity<ProblemDetail> busy(MediaBusyException ex) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage(), null);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, ex.retryAfterSeconds())
			.body(problem.getBody());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage(), null);
	}

	@ExceptionHandler(ArticleStateException.class)
	ResponseEntity<ProblemDetail> state(ArticleStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), null);
	}

	@ExceptionHandler(SectionApiController.SectionConflictException.class)
	ResponseEntity<ProblemDetail> sectionConflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), List.of(new FieldProblem("slug", ex.getMessage())));
	}

	@ExceptionHandler(ArticleConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ArticleConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "'" + ex.getName() + "' 값이 올바르지 않습니다.", null);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException ex) {
		List<String> messages = ex.getAllErrors()
			.stream()
			.map(error -> String.valueOf(error.getDefaultMessage()))
			.distinct()
			.toList();
		return problem(HttpStatus.BAD_REQUEST, messages.isEmpty() ? HttpErrors.message(400) : String.join(" ", messages),
				null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type: application/json 으로 보내 주십시오.", null);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return problem(HttpStatus.NOT_ACCEPTABLE,
				"이 API는 JSON으로만 답합니다. Accept 헤더에 application/json을 넣거나 헤더를 빼 주십시오.", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, HttpErrors.message(405), null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "없는 API 주소입니다.", null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> failed(Exception ex) {
		log.error("API 처리 중 오류", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, HttpErrors.message(500), null);
	}

	private static String fieldOf(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && jackson.getPath() != null && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private static List<FieldProblem> fieldErrors(Map<String, String> problems) {
		return problems.entrySet().stream().map(problem -> new FieldProblem(problem.getKey(), problem.getValue())).toList();
	}

	/** One field's problem in a problem detail's {@code errors}; a record so every node writes "field" first. */
	record FieldProblem(String field, String message) {
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
			List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(HttpErrors.title(status.value()));
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
