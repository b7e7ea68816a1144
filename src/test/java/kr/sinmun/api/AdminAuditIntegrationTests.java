package kr.sinmun.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;
import kr.sinmun.newsroom.NewsroomAdminPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators change the site through the API as well as through the newsroom; the audit log must show
 * both. Each change goes through the API the way automation sends it, and is then looked for where an
 * administrator looks: the newsroom's 감사 기록.
 */
class AdminAuditIntegrationTests extends IntegrationTest {

	// Every API call that changes something only an administrator may change. A new one fails
	// everyAdministrativeApiCallIsCoveredHere until it is audited and added here.
	private static final Set<String> ADMIN_CHANGES = Set.of("POST /api/v1/banner-campaigns",
			"PUT /api/v1/banner-campaigns/{id}", "DELETE /api/v1/banner-campaigns/{id}",
			"POST /api/v1/banner-campaigns/{id}/decision", "PUT /api/v1/weather/stations",
			"POST /api/v1/search/dictionary", "DELETE /api/v1/search/dictionary/{word}", "POST /api/v1/search/rebuild");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyAdministrativeChangeMadeThroughTheApiIsInTheAuditLog() {
		WebClient api = web();
		String token = api.token("admin", ADMIN_PASSWORD);
		long before = lastAuditId();

		// The stations as they are, sent back: a change as far as the audit is concerned, none for the ticker.
		JsonNode stations = call(api, token, "GET", "/api/v1/weather", null, 200).get("stations");
		call(api, token, "PUT", "/api/v1/weather/stations", stations.toString(), 200);

		call(api, token, "POST", "/api/v1/search/dictionary", "{\"word\":\"감사기록시험어\"}", 202);
		call(api, token, "DELETE", "/api/v1/search/dictionary/" + java.net.URLEncoder.encode("감사기록시험어",
				java.nio.charset.StandardCharsets.UTF_8), null, 204);
		call(api, token, "POST", "/api/v1/search/rebuild", null, 202);

		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9));
		String campaign = """
				{"advertiser":"감사광고주","name":"감사 기록 캠페인","kind":"HTML","html":"<p>광고</p>",
				 "targetUrl":"https://shop.example","startsAt":"%s","endsAt":"%s","weight":1,"slots":["header"]}"""
			.formatted(now.plusDays(1), now.plusDays(30));
		long id = call(api, token, "POST", "/api/v1/banner-campaigns", campaign, 201).get("id").asLong();
		call(api, token, "PUT", "/api/v1/banner-campaigns/" + id, campaign.replace("감사 기록 캠페인", "감사 기록 캠페인 2"),
				200);
		call(api, token, "POST", "/api/v1/banner-campaigns/" + id + "/decision", "{\"status\":\"APPROVED\"}", 200);
		call(api, token, "DELETE", "/api/v1/banner-campaigns/" + id, null, 204);

		List<String> recorded = jdbc.sql("""
				SELECT l.action || ' | ' || l.target || ' | ' || u.username || ' | ' || l.channel
				FROM audit_log l JOIN users u ON u.id = l.actor_id WHERE l.id > :before ORDER BY l.id""")
			.param("before", before)
			.query(String.class)
			.list();
		assertThat(recorded).containsExactly("날씨 관측소 변경 | 날씨 | admin | API", "검색 사전 추가 | 감사기록시험어 | admin | API",
				"검색 사전 삭제 | 감사기록시험어 | admin | API", "검색 색인 재구축 | 검색 색인 | admin | API",
				"배너 캠페인 등록 | 감사 기록 캠페인 | admin | API", "배너 캠페인 변경 | 감사 기록 캠페인 2 | admin | API",
				"배너 승인 | 감사 기록 캠페인 2 | admin | API", "배너 캠페인 삭제 | 감사 기록 캠페인 2 | admin | API");

		assertThat(NewsroomAdminPages.auditLog(port, ADMIN_PASSWORD))
			.contains("<td>API</td><td>검색 사전 추가</td><td>감사기록시험어</td>");
	}

	@Test
	void everyAdministrativeApiCallIsCoveredHere() {
		Set<String> found = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().equals("kr.sinmun.api")) {
				return;
			}
			for (String path : paths(info)) {
				for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
					boolean admin = path.startsWith("/api/v1/banner-") || path.startsWith("/api/v1/weather")
							|| path.startsWith("/api/v1/search/dictionary") || path.equals("/api/v1/search/rebuild");
					if (admin && verb != RequestMethod.GET) {
						found.add(verb + " " + path);
					}
				}
			}
		});
		assertThat(found).isEqualTo(new TreeSet<>(ADMIN_CHANGES));
	}

	private static List<String> paths(RequestMappingInfo info) {
		return info.getPathPatternsCondition() == null ? List.of()
				: new ArrayList<>(info.getPathPatternsCondition().getPatternValues());
	}

	private long lastAuditId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_log").query(Long.class).single();
	}

	private static JsonNode call(WebClient api, String token, String method, String path, String json, int status) {
		WebClient.Response response = json == null
				? api.send(method, path, null, "Authorization", "Bearer " + token)
				: api.send(method, path, json, "Authorization", "Bearer " + token, "Content-Type", "application/json");
		assertThat(response.status()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
		return response.body().isEmpty() ? null : response.json();
	}

}
