package kr.sinmun.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before anything is done, a request whose {@code Accept} rules out JSON: the API answers only in JSON,
 * and content negotiation happens after the handler has run, so a {@code POST} with {@code Accept: text/html}
 * used to create the article and then fail with a 500 — and a client that retried created it twice. It is a
 * 406 now, with a Korean problem detail, and nothing is stored. No {@code Accept}, {@code *}{@code /*} and
 * {@code application/*} all allow JSON.
 */
@Configuration(proxyBeanMethods = false)
class JsonAnswersOnly implements WebMvcConfigurer, HandlerInterceptor {

	static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// The OpenAPI description has its own formats (JSON, and YAML at openapi.json.yaml).
		registry.addInterceptor(this).addPathPatterns("/api/v1/**").excludePathPatterns("/api/v1/openapi.json*");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new HttpMediaTypeNotAcceptableException(ANSWERS);
		}
		for (MediaType type : accepted) {
			if (type.getQualityValue() > 0 && ANSWERS.stream().anyMatch(type::isCompatibleWith)) {
				return true;
			}
		}
		throw new HttpMediaTypeNotAcceptableException(ANSWERS);
	}

}
