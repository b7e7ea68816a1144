package kr.sinmun;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests that talk to the running application the way a browser or script would. */
public final class WebClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public WebClient(String base) {
		this.base = base;
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public Response head(String path, String... headers) {
		return send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
	}

	public Response send(String method, String path, String body, String... headers) {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
		return send(request(path, headers).method(method, publisher).build());
	}

	public Response sendBytes(String method, String path, byte[] body, String... headers) {
		return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	public String token(String user, String password) {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		Response response = send("POST", "/api/v1/auth/token", null, "Authorization", "Basic " + basic);
		if (response.status() != 201) {
			throw new IllegalStateException("토큰 발급 실패: " + response.status() + " " + response.body());
		}
		return response.json().get("token").asString();
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body decoded (gunzipped when the server compressed it). */
	public record Response(HttpResponse<byte[]> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public byte[] bytes() {
			return raw.body();
		}

		public String body() {
			byte[] bytes = raw.body();
			if ("gzip".equals(header("Content-Encoding"))) {
				try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
					bytes = gzip.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(body());
		}

	}

}
