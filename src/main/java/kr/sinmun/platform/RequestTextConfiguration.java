package kr.sinmun.platform;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * No text field of any form or API body may carry a character we can neither store nor publish
 * ({@link ForbiddenCharacters}): NUL made PostgreSQL fail the request with a 500, and U+FFFF in one headline
 * broke every RSS feed and the news sitemap. Checked at the two doors text comes in by, so that no field of any
 * module, present or future, is forgotten:
 * <ul>
 * <li>request parameters (query strings, forms, multipart fields), before the controller runs, after the security
 * chain: a Korean 400 naming the field;</li>
 * <li>JSON bodies, as Jackson reads each string: {@link ForbiddenCharacterException}, which the API answers as
 * problem details naming the field, and the newsroom as its JSON message.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RequestTextConfiguration implements WebMvcConfigurer {

	private static final int NAME_SHOWN = 40;

	@Bean
	JacksonModule forbiddenCharactersInJson() {
		return new SimpleModule("forbidden-characters").addDeserializer(String.class, new CheckedStrings());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				// CASE: the error page a refusal leads to sees the same parameters; it must render, not refuse again.
				if (request.getDispatcherType() != DispatcherType.REQUEST) {
					return true;
				}
				if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ValidatesOwnText.class)) {
					return true;
				}
				String problem = problem(request.getParameterMap());
				if (problem == null) {
					return true;
				}
				request.setAttribute(ErrorPages.DETAIL, problem);
				response.sendError(400);
				return false;
			}

		});
	}

	static String problem(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = ForbiddenCharacters.strip(parameter.getKey());
			String label = "항목 '" + (name.length() > NAME_SHOWN ? name.substring(0, NAME_SHOWN) + "…" : name) + "'";
			String problem = ForbiddenCharacters.problem(label, parameter.getKey());
			for (int i = 0; problem == null && i < parameter.getValue().length; i++) {
				problem = ForbiddenCharacters.problem(label, parameter.getValue()[i]);
			}
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			int index = ForbiddenCharacters.find(value);
			if (index >= 0) {
				throw new ForbiddenCharacterException(parser, ForbiddenCharacters.name(value, index));
			}
			return value;
		}

	}

}
