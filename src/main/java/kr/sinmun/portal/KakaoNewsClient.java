package kr.sinmun.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.OutsideTransactions;

/**
 * Kakao's news feeding API over HTTPS: JSON in UTF-8, HTTP Basic with the partner ID and API key, one call
 * per create, update and delete. The article's own id is the content id, so an update or a delete always
 * names the same content. The field mapping lives here alone, to follow Kakao's partner specification.
 */
class KakaoNewsClient {

	static final String PORTAL = "kakao";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KakaoProperties properties;

	private final HttpClient http;

	KakaoNewsClient(KakaoProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	/** What the paper knows about an article besides the article itself. */
	record Context(String url, String section, String reporter, String reporterEmail, String paper,
			List<String> imageUrls) {
	}

	/** Creates or updates; answers the failure in Korean, or null on success. */
	String upsert(ArticleDetail article, Context context, boolean exists) {
		byte[] body = JSON.writeValueAsBytes(payload(article, context));
		String path = properties.contentsPath();
		if (exists) {
			String answer = send("PUT", path + "/" + article.id(), body);
			// CASE: the portal lost or never stored the content: create it rather than fail forever.
			if (answer == null || !answer.startsWith("HTTP 404")) {
				return answer;
			}
		}
		return send("POST", path, body);
	}

	String delete(long articleId) {
		String answer = send("DELETE", properties.contentsPath() + "/" + articleId, null);
		// CASE: already gone at the portal is what a delete wants.
		return answer != null && answer.startsWith("HTTP 404") ? null : answer;
	}

	private Map<String, Object> payload(ArticleDetail article, Context context) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cp_content_id", String.valueOf(article.id()));
		body.put("title", article.headline());
		body.put("sub_title", article.subheadline() == null ? "" : article.subheadline());
		body.put("content", article.bodyHtml());
		body.put("category", context.section());
		body.put("reporter", context.reporter());
		body.put("reporter_email", context.reporterEmail() == null ? "" : context.reporterEmail());
		body.put("source", article.wireSource() == null ? context.paper() : article.wireSource());
		body.put("url", context.url());
		body.put("images", context.imageUrls());
		body.put("published_at", KoreanDates.iso(article.publishedAt()));
		body.put("modified_at", KoreanDates.iso(article.updatedAt()));
		return body;
	}

	private String send(String method, String path, byte[] body) {
		String credentials = Base64.getEncoder()
			.encodeToString((properties.id() + ":" + properties.key()).getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url() + path))
			.timeout(properties.timeout())
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json; charset=UTF-8");
			request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		OutsideTransactions.require("Kakao " + method);
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() / 100 == 2) {
				return null;
			}
			String text = response.body() == null ? "" : response.body().strip();
			return "HTTP " + response.statusCode() + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(300, text.length())));
		}
		catch (java.io.IOException ex) {
			return "연결 실패: " + ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "중단됨";
		}
	}

}
