package kr.sinmun.platform;

import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container ends here: a Korean page for readers, Korean problem
 * details for the API, and never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	/**
	 * A request attribute with a Korean sentence for the reader, set by code that refuses a request before any
	 * controller sees it (say, which field held a character we cannot store). Never a container's message.
	 */
	static final String DETAIL = ErrorPages.class.getName() + ".detail";

	private final ErrorResponses responses;

	ErrorPages(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping("/error")
	ResponseEntity<byte[]> error(HttpServletRequest request) {
		Integer forwarded = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// CASE: someone typed /error. Without the container's error attributes there is no error here, only an
		// address the paper has no page at: a 404, not a "temporary error" (500) that sends readers away.
		int status = forwarded != null ? forwarded : 404;
		String uri = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
			.orElse(forwarded != null ? "" : request.getRequestURI());
		ErrorResponses.Body body = responses.body(status, uri, (String) request.getAttribute(DETAIL));
		return ResponseEntity.status(status).contentType(body.type()).body(body.bytes());
	}

}
