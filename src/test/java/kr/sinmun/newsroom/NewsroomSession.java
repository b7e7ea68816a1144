package kr.sinmun.newsroom;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A newsroom visitor without a browser: keeps its cookies and sends the CSRF token the pages carry. */
final class NewsroomSession {

	private static final Pattern TOKEN = Pattern.compile("name=\"(?:_csrf\" value|csrf-token\" content)=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final String clientAddress;

	private String csrf = "";

	NewsroomSession(int port) {
		this(port, null);
	}

	/**
	 * A visitor from {@code clientAddress}, as a proxy in front of the newsroom reports it ({@code X-Forwarded-For};
	 * the test's loopback connection is a trusted proxy).
	 */
	NewsroomSession(int port, String clientAddress) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		this.clientAddress = clientAddress;
	}

	/** Logs in through the form; answers where the login sent us. */
	String login(String username, String password) {
		get("/newsroom/login");
		HttpResponse<String> response = form("/newsroom/login", Map.of("username", username, "password", password));
		return response.headers().firstValue("Location").orElse("");
	}

	HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		HttpResponse<String> response = send(request.build());
		remember(response.body());
		return response;
	}

	HttpResponse<String> form(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", csrf);
		String body = all.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		remember(response.body());
		return response;
	}

	/** A form whose fields may repeat (several values of one name, in order), as {@code name, value} pairs. */
	HttpResponse<String> form(String path, String... pairs) {
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
		remember(response.body());
		return response;
	}

	HttpResponse<String> upload(String path, String filename, byte[] bytes) {
		String boundary = "sinmun-newsroom-test";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
		remember(response.body());
		return response;
	}

	/** Any request, with this session's cookies. */
	HttpResponse<String> raw(HttpRequest request) {
		HttpResponse<String> response = send(request);
		remember(response.body());
		return response;
	}

	HttpResponse<String> json(String path, String json, boolean withToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (withToken) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request.build());
	}

	private void remember(String html) {
		Matcher matcher = TOKEN.matcher(html);
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (clientAddress != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true)
				.header("X-Forwarded-For", clientAddress)
				.build();
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
