package kr.sinmun.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Kakao's news feeding gateway as the tests see it: HTTPS is left to the real one, the rest is the same
 * (JSON in UTF-8, Basic authentication with partner ID and key, POST to create, PUT and DELETE by content id).
 * It keeps the contents it holds the way a portal would: every accepted POST is one more content on the portal
 * (a second POST for one article is a duplicate readers would see twice), a PUT or DELETE of a content it
 * does not hold answers 404. It can be taken down (503), made slow (requests wait until released), or made to
 * lose its answers (the request is processed, the connection is then dropped), to show what the sender does.
 */
public final class FakeKakao {

	/** One call as the gateway received it. */
	public record Call(String method, String path, String authorization, String contentType, String body) {
	}

	private static final Pattern CONTENT_ID = Pattern.compile("\"cp_content_id\":\"(\\d+)\"");

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	// Article id → how many contents the portal holds for it (more than one is a duplicate).
	private final Map<Long, AtomicInteger> contents = new ConcurrentHashMap<>();

	private volatile boolean down;

	private volatile CountDownLatch hold;

	private volatile CountDownLatch held = new CountDownLatch(1);

	private volatile boolean loseAnswers;

	public FakeKakao() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Several senders (nodes) may call at once, as they would call the real gateway.
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/api/v1/contents", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8));
			CountDownLatch gate = hold;
			if (gate != null) {
				held.countDown();
				try {
					gate.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
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
				status = apply(call);
				answer = status / 100 == 2 ? "{\"code\":\"OK\"}" : "{\"code\":\"NOT_FOUND\"}";
				if (status / 100 == 2) {
					calls.add(call);
				}
			}
			if (loseAnswers) {
				// The portal did the work; the answer never reaches the sender.
				exchange.close();
				return;
			}
			byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
	}

	private int apply(Call call) {
		if (call.method().equals("POST")) {
			Matcher id = CONTENT_ID.matcher(call.body());
			if (!id.find()) {
				return 400;
			}
			contents.computeIfAbsent(Long.parseLong(id.group(1)), key -> new AtomicInteger()).incrementAndGet();
			return 201;
		}
		long articleId = Long.parseLong(call.path().substring(call.path().lastIndexOf('/') + 1));
		AtomicInteger held = contents.get(articleId);
		if (held == null || held.get() == 0) {
			return 404;
		}
		if (call.method().equals("DELETE")) {
			held.set(0);
		}
		return 200;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public void down(boolean value) {
		down = value;
	}

	/** From now on requests wait (up to 30 s) until {@link #release()}, as behind a slow gateway. */
	public void slow() {
		held = new CountDownLatch(1);
		hold = new CountDownLatch(1);
	}

	/** Whether a request is waiting at the slow gateway, within the time given. */
	public boolean awaitHeldRequest(long seconds) throws InterruptedException {
		return held.await(seconds, TimeUnit.SECONDS);
	}

	public void release() {
		CountDownLatch gate = hold;
		hold = null;
		if (gate != null) {
			gate.countDown();
		}
	}

	/** While true the gateway processes requests and then drops the connection without answering. */
	public void loseAnswers(boolean value) {
		loseAnswers = value;
	}

	/** The calls accepted so far about one article, oldest first. */
	public List<Call> callsFor(long articleId) {
		return calls.stream()
			.filter(call -> call.path().endsWith("/" + articleId) || call.body().contains("\"cp_content_id\":\"" + articleId + "\""))
			.toList();
	}

	/** How many contents the portal shows for one article: 1 once delivered, more if it was created twice. */
	public int contentsFor(long articleId) {
		AtomicInteger held = contents.get(articleId);
		return held == null ? 0 : held.get();
	}

}
