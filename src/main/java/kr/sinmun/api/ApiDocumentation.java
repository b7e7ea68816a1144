package kr.sinmun.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description at {@code /api/v1/openapi.json}. springdoc derives the paths, parameters and
 * bodies from the controllers; this class adds what springdoc cannot see in them: how each call authenticates,
 * read from {@link ApiSecurityConfiguration}'s own lists of the token path and the public reads.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	static final String BASIC = "basic";

	@Bean
	OpenAPI sinmunApi() {
		return new OpenAPI()
			.info(new Info().title("Sinmun API")
				.version("v1")
				.description("기사, 섹션, 사진, 검색, 배너, 날씨를 다루는 JSON API입니다. 오류는 RFC 9457 problem details로 "
						+ "답합니다. 토큰은 POST /api/v1/auth/token에 HTTP Basic으로 받아 Authorization: Bearer 헤더로 보냅니다."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
							.description("POST /api/v1/auth/token이 발급한 API 토큰"))
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
							.description("사용자 이름과 비밀번호: 토큰 발급에만 씁니다")))
			.security(List.of(new SecurityRequirement().addList(BEARER)));
	}

	// CASE: the default (a bearer token) is wrong for the token endpoint and for the public reads.
	@Bean
	OpenApiCustomizer sinmunApiSecurity() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
				if (path.getKey().equals(ApiSecurityConfiguration.TOKEN_PATH)) {
					path.getValue().readOperations()
						.forEach(operation -> operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC))));
				}
				Operation get = path.getValue().getGet();
				if (get != null && ApiSecurityConfiguration.PUBLIC_READS.contains(path.getKey())) {
					get.setSecurity(List.of());
				}
			}
		};
	}

}
