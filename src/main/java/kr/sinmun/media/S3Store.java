package kr.sinmun.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import kr.sinmun.platform.OutsideTransactions;

/**
 * Images in an S3-compatible object store, so that nodes share them without a shared disk. Objects are
 * written with {@code PutObject} and read back with {@code GetObject}, each signed with SigV4; the bucket can
 * stay private, since readers get the images through {@code /media/**} on any node (and, in production, a CDN
 * in front, which keeps them for a year).
 */
class S3Store implements MediaStore {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final URI endpoint;

	private final String bucket;

	private final boolean pathStyle;

	private final S3Signer signer;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	S3Store(MediaStorageProperties.S3 properties, Clock clock) {
		if (properties.endpoint().isBlank() || properties.bucket().isBlank() || properties.accessKey().isBlank()
				|| properties.secretKey().isBlank()) {
			throw new IllegalStateException("sinmun.media.store=s3 needs sinmun.media.s3.endpoint, bucket, "
					+ "access-key and secret-key (SINMUN_MEDIA_S3_ENDPOINT, …)");
		}
		this.endpoint = URI.create(properties.endpoint().replaceAll("/+$", ""));
		this.bucket = properties.bucket();
		this.pathStyle = properties.pathStyle();
		this.signer = new S3Signer(properties.accessKey(), properties.secretKey(), properties.region());
		this.clock = clock;
	}

	@Override
	public void put(String name, byte[] bytes, String contentType) {
		try {
			HttpResponse<byte[]> response = send("PUT", name, bytes, contentType);
			if (response.statusCode() / 100 != 2) {
				throw new IOException("S3 PutObject " + name + " answered " + response.statusCode() + ": "
						+ errorCode(response));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MediaStoreUnavailableException(ex);
		}
	}

	@Override
	public Optional<StoredObject> get(String name) {
		HttpResponse<byte[]> response = send("GET", name, null, null);
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw new UncheckedIOException(new IOException("S3 GetObject " + name + " answered " + response.statusCode()
					+ ": " + errorCode(response)));
		}
		String type = response.headers().firstValue("Content-Type").orElse(MediaTypes.of(name));
		return Optional.of(new StoredObject(response.body(), type));
	}

	private HttpResponse<byte[]> send(String method, String name, byte[] body, String contentType) {
		String key = S3Signer.encodeKey(name);
		String path = pathStyle ? "/" + bucket + "/" + key : "/" + key;
		String host = (pathStyle ? "" : bucket + ".") + endpoint.getHost()
				+ (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
		URI uri = URI.create(endpoint.getScheme() + "://" + host + endpoint.getRawPath() + path);
		Instant now = clock.instant();
		String payloadHash = body == null ? S3Signer.EMPTY_PAYLOAD : S3Signer.sha256Hex(body);
		Map<String, String> signed = new LinkedHashMap<>();
		signed.put("host", host);
		signed.put("x-amz-content-sha256", payloadHash);
		signed.put("x-amz-date", S3Signer.amzDate(now));
		if (contentType != null) {
			signed.put("content-type", contentType);
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Authorization",
					signer.authorization(method, endpoint.getRawPath() + path, "", signed, payloadHash, now))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		signed.forEach((header, value) -> {
			if (!header.equals("host")) {
				request.header(header, value);
			}
		});
		OutsideTransactions.require("S3 " + method);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("S3 " + method + " " + name + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// S3 errors are an XML document whose <Code> says what went wrong (NoSuchBucket, AccessDenied, …).
	private static String errorCode(HttpResponse<byte[]> response) {
		String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher code = java.util.regex.Pattern.compile("<Code>([^<]{1,100})</Code>").matcher(text);
		return code.find() ? code.group(1) : "(no error code)";
	}

}
