package kr.sinmun.platform;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container ends here: a Korean page for readers, Korean problem
 * details for the API, and never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ObjectProvider<ErrorPageRenderer> renderer;

	ErrorPages(ObjectProvider<ErrorPageRenderer> renderer) {
		this.renderer = renderer;
	}

	@RequestMapping("/error")
	ResponseEntity<?> error(HttpServletRequest request) {
		int status = Optional.ofNullable((Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
			.orElse(500);
		String uri = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).orElse("");
		if (uri.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), HttpErrors.message(status));
			problem.setTitle(HttpErrors.title(status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ErrorPageRenderer pages = renderer.getIfAvailable();
		byte[] body = pages != null ? pages.render(status, HttpErrors.title(status), HttpErrors.message(status))
				: ("<!DOCTYPE html><html lang=\"ko\"><meta charset=\"utf-8\"><title>" + HttpErrors.title(status)
						+ "</title><h1>" + HttpErrors.title(status) + "</h1><p>" + HttpErrors.message(status) + "</p></html>")
					.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(body);
	}

}
