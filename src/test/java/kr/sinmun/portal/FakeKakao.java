package kr.sinmun.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * Kakao's news feeding gateway as the tests see it: HTTPS is left to the real one, the rest is the same
 * (JSON in UTF-8, Basic authentication with partner ID and key, POST to create, PUT and DELETE by content id).
 * It can be taken down, answering 503, to show nothing is lost.
 */
public final class FakeKakao {

	/** One call as the gateway received it. */
	public record Call(String method, String path, String authorization, String contentType, String body) {
	}

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	public FakeKakao() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newSingleThreadExecutor());
		server.createContext("/api/v1/contents", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8));
			int status;
			String answer;
			if (down) {
				status = 503;
				answer = "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"점검 중\"}";
			}
			else if (!"Basic c2lubXVuLXRlc3Q6dGVzdC1rYWthby1rZXk=".equals(call.authorization())) {
				status = 401;
				answer = "{\"code\":\"UNAUTHORIZED\"}";
			}
			else {
				calls.add(call);
				status = call.method().equals("POST") ? 201 : 200;
				answer = "{\"code\":\"OK\"}";
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public void down(boolean value) {
		down = value;
	}

	/** The calls accepted so far about one article, oldest first. */
	public List<Call> callsFor(long articleId) {
		return calls.stream()
			.filter(call -> call.path().endsWith("/" + articleId) || call.body().contains("\"cp_content_id\":\"" + articleId + "\""))
			.toList();
	}

}
