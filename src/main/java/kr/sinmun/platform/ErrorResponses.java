package kr.sinmun.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The one answer to an error, wherever it is decided: the paper's Korean page for readers, Korean problem
 * details (RFC 9457) under {@code /api/}. The error controller uses it for errors inside the web application;
 * the container's valves use it for requests refused before the application is entered (a malformed address,
 * an encoded slash, an address too long to read), which no filter or controller ever sees.
 */
@Component
class ErrorResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final ObjectProvider<ErrorPageRenderer> renderer;

	ErrorResponses(ObjectProvider<ErrorPageRenderer> renderer) {
		this.renderer = renderer;
	}

	static boolean isApi(String uri) {
		return uri != null && uri.startsWith("/api/");
	}

	/** The body for {@code status} at {@code uri}; {@code detail} replaces the status's general message. */
	Body body(int status, String uri, String detail) {
		String message = detail != null ? detail : HttpErrors.message(status);
		if (isApi(uri)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", HttpErrors.title(status));
			problem.put("status", status);
			problem.put("detail", message);
			return new Body(MediaType.APPLICATION_PROBLEM_JSON, JSON.writeValueAsBytes(problem));
		}
		ErrorPageRenderer pages = renderer.getIfAvailable();
		byte[] html = pages != null ? pages.render(status, HttpErrors.title(status), message)
				: bare(HttpErrors.title(status), message);
		return new Body(HTML, html);
	}

	/**
	 * Answers from Tomcat's pipeline, outside the web application: the status, the reader site's security
	 * headers, and the Korean body. Refusals are never stored by a browser or a CDN.
	 */
	void write(Request request, Response response, int status) throws IOException {
		Body body = body(status, request.getRequestURI(), null);
		// CASE: Tomcat's own sendError() suspends the response; this is the page it was suspended for.
		response.setSuspended(false);
		response.setStatus(status);
		SecurityHeaders.write(request, response);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(body.type().toString());
		response.setContentLength(body.bytes().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body.bytes());
		}
	}

	// CASE: the reader site is not running (a test slice, or it failed to start): a page that still says it in Korean.
	private static byte[] bare(String title, String message) {
		return ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
				+ "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(message)
				+ "</p></body></html>")
			.getBytes(StandardCharsets.UTF_8);
	}

	record Body(MediaType type, byte[] bytes) {
	}

}
