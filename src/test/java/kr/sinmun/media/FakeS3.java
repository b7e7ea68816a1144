package kr.sinmun.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for an S3-compatible store, speaking its wire format: PutObject and GetObject, the bucket
 * in the path or in the host name (virtual-hosted style, as AWS wants it), SigV4-signed requests checked
 * against the payload hash and the secret key, and S3's XML errors (NoSuchBucket, NoSuchKey,
 * SignatureDoesNotMatch, XAmzContentSHA256Mismatch).
 */
public final class FakeS3 {

	public static final String ACCESS_KEY = "SINMUNTESTKEY";

	public static final String SECRET_KEY = "sinmun-test-secret-never-real";

	public static final String REGION = "ap-northeast-2";

	private static final Pattern AUTHORIZATION = Pattern.compile("AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/"
			+ "aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

	private final HttpServer server;

	private final String bucket;

	private final Map<String, Object[]> objects = new ConcurrentHashMap<>();

	private final AtomicInteger gets = new AtomicInteger();

	public FakeS3(String bucket) {
		this.bucket = bucket;
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", this::handle);
		server.start();
	}

	public String endpoint() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The stored bytes and content type of a key, or null. */
	Object[] object(String key) {
		return objects.get(key);
	}

	public int size() {
		return objects.size();
	}

	int gets() {
		return gets.get();
	}

	public void stop() {
		server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String path = exchange.getRequestURI().getRawPath();
		String host = exchange.getRequestHeaders().getFirst("Host");
		String prefix = host != null && host.startsWith(bucket + ".") ? "/" : "/" + bucket + "/";
		if (!path.startsWith(prefix)) {
			error(exchange, 404, "NoSuchBucket");
			return;
		}
		String problem = checkSignature(exchange, path, body);
		if (problem != null) {
			error(exchange, 403, problem);
			return;
		}
		String key = java.net.URLDecoder.decode(path.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
		switch (exchange.getRequestMethod()) {
			case "PUT" -> {
				String type = exchange.getRequestHeaders().getFirst("Content-Type");
				objects.put(key, new Object[] { body, type == null ? "binary/octet-stream" : type });
				exchange.getResponseHeaders().add("ETag", "\"" + S3Signer.sha256Hex(body).substring(0, 32) + "\"");
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			}
			case "GET" -> {
				gets.incrementAndGet();
				Object[] object = objects.get(key);
				if (object == null) {
					error(exchange, 404, "NoSuchKey");
					return;
				}
				byte[] bytes = (byte[]) object[0];
				exchange.getResponseHeaders().add("Content-Type", (String) object[1]);
				exchange.sendResponseHeaders(200, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			}
			default -> error(exchange, 405, "MethodNotAllowed");
		}
	}

	private String checkSignature(HttpExchange exchange, String path, byte[] body) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Matcher matcher = authorization == null ? null : AUTHORIZATION.matcher(authorization);
		if (matcher == null || !matcher.matches() || !matcher.group(1).equals(ACCESS_KEY)
				|| !matcher.group(3).equals(REGION)) {
			return "InvalidAccessKeyId";
		}
		String payloadHash = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
		if (payloadHash == null || !payloadHash.equals(S3Signer.sha256Hex(body))) {
			return "XAmzContentSHA256Mismatch";
		}
		Instant at = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC)
			.parse(exchange.getRequestHeaders().getFirst("x-amz-date"), Instant::from);
		Map<String, String> signed = new LinkedHashMap<>();
		for (String name : matcher.group(4).split(";")) {
			String value = exchange.getRequestHeaders().getFirst(name);
			if (value == null) {
				return "SignatureDoesNotMatch";
			}
			signed.put(name, value);
		}
		String expected = new S3Signer(ACCESS_KEY, SECRET_KEY, REGION).authorization(exchange.getRequestMethod(), path, "",
				signed, payloadHash, at);
		return expected.equals(authorization) ? null : "SignatureDoesNotMatch";
	}

	private static void error(HttpExchange exchange, int status, String code) throws IOException {
		byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + code
				+ "</Message><RequestId>fake</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/xml");
		exchange.sendResponseHeaders(status, xml.length);
		exchange.getResponseBody().write(xml);
		exchange.close();
	}

}
