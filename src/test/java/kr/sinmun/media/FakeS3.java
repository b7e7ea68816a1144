package kr.sinmun.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for an S3-compatible store, speaking its wire format: PutObject and GetObject, the bucket
 * in the path or in the host name (virtual-hosted style, as AWS wants it), SigV4-signed requests checked
 * against the payload hash and the secret key, and S3's XML errors (NoSuchBucket, NoSuchKey,
 * SignatureDoesNotMatch, XAmzContentSHA256Mismatch).
 *
 * <p>The signature check is written out here, independent of the AWS SDK that signs the requests, and
 * {@link #authorization} reproduces the worked example of AWS's documentation: a request the fake accepts is
 * signed as S3 itself would check it.
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
				exchange.getResponseHeaders().add("ETag", "\"" + sha256Hex(body).substring(0, 32) + "\"");
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
		// CASE: a client may leave the payload unsigned, as S3 allows (the SDK does for a GetObject, and for
		// uploads over TLS); a hash it sends must match the body.
		if (payloadHash == null || !payloadHash.equals("UNSIGNED-PAYLOAD") && !payloadHash.equals(sha256Hex(body))) {
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
		String expected = authorization(ACCESS_KEY, SECRET_KEY, REGION, exchange.getRequestMethod(), path,
				canonicalQuery(exchange.getRequestURI().getRawQuery()), signed, payloadHash, at);
		return expected.equals(authorization) ? null : "SignatureDoesNotMatch";
	}

	/**
	 * The {@code Authorization} header S3 expects (AWS Signature Version 4) for a request whose signed headers
	 * are {@code headers}; {@code path} and {@code query} as they were sent, already percent-encoded.
	 */
	static String authorization(String accessKey, String secretKey, String region, String method, String path,
			String query, Map<String, String> headers, String payloadHash, Instant at) {
		TreeMap<String, String> canonical = new TreeMap<>();
		headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value.trim().replaceAll(" +", " ")));
		String signedHeaders = String.join(";", canonical.keySet());
		String canonicalRequest = method + "\n" + path + "\n" + query + "\n"
				+ canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining())
				+ "\n" + signedHeaders + "\n" + payloadHash;
		String day = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(at);
		String scope = day + "/" + region + "/s3/aws4_request";
		String stringToSign = "AWS4-HMAC-SHA256\n"
				+ DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(at) + "\n" + scope
				+ "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
		byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
		key = hmac(key, region);
		key = hmac(key, "s3");
		key = hmac(key, "aws4_request");
		return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
				+ ", Signature=" + HexFormat.of().formatHex(hmac(key, stringToSign));
	}

	// SigV4 sorts the parameters by name, then value; the client has already percent-encoded them.
	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		return Arrays.stream(rawQuery.split("&"))
			.map(parameter -> parameter.contains("=") ? parameter : parameter + "=")
			.sorted()
			.collect(Collectors.joining("&"));
	}

	static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
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
