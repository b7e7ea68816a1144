package kr.sinmun.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POST and PUT, with the semantics of draft-ietf-httpapi-idempotency-key-header:
 * a request repeated with the same key gets the first answer back (status, {@code Location} and the other
 * headers that describe the result, body) without being processed again; the same key with another request
 * (method, path, content type or body) gets 422; a repeat while the first is still being processed gets 409;
 * a malformed key gets 400. Keys belong to the token's owner and are kept in PostgreSQL, so every node knows
 * them, until {@code sinmun.api.idempotency-key-ttl} has passed. Only a successful (2xx) answer is kept: a
 * request that failed changed nothing, and its corrected version may use the same key.
 * <p>
 * A JSON request is processed inside one transaction that first takes the key with an advisory lock and then
 * stores the answer, so the work and its answer commit together, or neither does. The body is read before
 * and the answer written after that transaction: it never waits on the client. An upload talks to the media
 * store and may hold no transaction meanwhile: its key is marked as under way for {@link #UPLOAD_TIME}, and
 * an upload whose node died may run a second time after that (an unreferenced copy of the photo, nothing a
 * reader sees).
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

	// Longer than an upload can take: the original and its renditions, each PUT to the store within 20 s.
	static final Duration UPLOAD_TIME = Duration.ofMinutes(5);

	// What a replay repeats: the headers that describe the result, not those of one connection or moment.
	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED);

	private final IdempotencyKeys keys;

	private final TransactionTemplate transactions;

	private final ApiProperties properties;

	private final Clock clock;

	IdempotencyKeyFilter(IdempotencyKeys keys, TransactionTemplate transactions, ApiProperties properties, Clock clock) {
		this.keys = keys;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** How a keyed request ends, decided inside the transaction and answered after it. */
	private sealed interface Outcome {

		record Processed() implements Outcome {
		}

		record Started(Instant at) implements Outcome {
		}

		record Replay(IdempotencyKeys.Answer answer) implements Outcome {
		}

		record InProgress() implements Outcome {
		}

		record Reused() implements Outcome {
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		// CASE: a token is a secret and is never stored, so the token endpoint takes no key.
		return !(method.equals("POST") || method.equals("PUT")) || request.getHeader(IdempotencyKey.HEADER) == null
				|| request.getRequestURI().equals("/api/v1/auth/token");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ApiTokens.TokenOwner owner)) {
			chain.doFilter(request, response);
			return;
		}
		IdempotencyKey key;
		try {
			key = IdempotencyKey.parse(Collections.list(request.getHeaders(IdempotencyKey.HEADER)));
		}
		catch (IdempotencyKey.MalformedException ex) {
			ProblemResponses.write(response, 400, ex.getMessage());
			return;
		}
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			upload(request, response, chain, owner.userId(), key);
		}
		else {
			json(request, response, chain, owner.userId(), key);
		}
	}

	private void json(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long userId,
			IdempotencyKey key) throws ServletException, IOException {
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (RequestSizeLimitFilter.BodyTooLargeException ex) {
			ProblemResponses.write(response, 413, ex.getMessage());
			return;
		}
		String fingerprint = fingerprint(request, digest -> digest.update(body));
		HttpServletRequest replayable = new BufferedBody(request, body);
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		Instant now = clock.instant();
		Outcome outcome;
		try {
			outcome = transactions.execute(status -> {
				if (!keys.tryLock(userId, key)) {
					return new Outcome.InProgress();
				}
				Outcome earlier = earlier(userId, key, fingerprint, now);
				if (earlier != null) {
					return earlier;
				}
				try {
					chain.doFilter(replayable, answer);
				}
				catch (IOException | ServletException ex) {
					throw new ChainFailure(ex);
				}
				if (status.isRollbackOnly() || answer.getStatus() / 100 != 2) {
					status.setRollbackOnly();
				}
				else {
					keys.save(userId, key, fingerprint, answer(answer), now, now.plus(properties.idempotencyKeyTtl()));
				}
				return new Outcome.Processed();
			});
		}
		catch (ChainFailure ex) {
			throw ex.unwrap();
		}
		answer(outcome, response, answer);
	}

	private void upload(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long userId,
			IdempotencyKey key) throws ServletException, IOException {
		Collection<Part> parts;
		try {
			parts = request.getParts();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// CASE: too large or not multipart after all; the upload's own handler answers the same failure.
			chain.doFilter(request, response);
			return;
		}
		String fingerprint = fingerprint(request, digest -> {
			for (Part part : parts) {
				digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType() + "\n"
						+ part.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
				try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
		});
		// PostgreSQL keeps microseconds: the start is compared again when the answer is stored.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Outcome outcome = transactions.execute(status -> {
			if (!keys.tryLock(userId, key)) {
				return new Outcome.InProgress();
			}
			Outcome earlier = earlier(userId, key, fingerprint, now);
			if (earlier != null) {
				return earlier;
			}
			keys.begin(userId, key, fingerprint, now, now.plus(UPLOAD_TIME), now.plus(properties.idempotencyKeyTtl()));
			return new Outcome.Started(now);
		});
		if (!(outcome instanceof Outcome.Started started)) {
			answer(outcome, response, null);
			return;
		}
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() / 100 == 2) {
				kept = keys.finish(userId, key, started.at(), answer(answer));
			}
		}
		finally {
			if (!kept) {
				keys.abandon(userId, key, started.at());
			}
			answer.copyBodyToResponse();
		}
	}

	// What an earlier request with this key decides, or null when there was none (or it expired, or an
	// upload's node died before finishing it).
	private Outcome earlier(long userId, IdempotencyKey key, String fingerprint, Instant now) {
		return keys.find(userId, key, now).map(stored -> {
			if (!stored.fingerprint().equals(fingerprint)) {
				return (Outcome) new Outcome.Reused();
			}
			if (stored.answer() != null) {
				return new Outcome.Replay(stored.answer());
			}
			return stored.lockedUntil() != null && stored.lockedUntil().isAfter(now) ? new Outcome.InProgress() : null;
		}).orElse(null);
	}

	private void answer(Outcome outcome, HttpServletResponse response, ContentCachingResponseWrapper processed)
			throws IOException {
		if (outcome instanceof Outcome.InProgress) {
			ProblemResponses.write(response, 409, "같은 " + IdempotencyKey.HEADER
					+ "의 요청을 아직 처리 중입니다. 잠시 뒤 같은 요청을 그대로 다시 보내 주십시오.");
		}
		else if (outcome instanceof Outcome.Reused) {
			ProblemResponses.write(response, 422, "이 " + IdempotencyKey.HEADER
					+ "는 다른 요청(메서드, 주소, 본문)에 이미 쓰였습니다. 새 요청에는 새 키를 만들어 보내 주십시오.");
		}
		else if (outcome instanceof Outcome.Replay replay) {
			replay(replay.answer(), response);
		}
		else {
			processed.copyBodyToResponse();
		}
	}

	private static void replay(IdempotencyKeys.Answer answer, HttpServletResponse response) throws IOException {
		response.setStatus(answer.status());
		answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	private static IdempotencyKeys.Answer answer(ContentCachingResponseWrapper response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		if (response.getContentType() != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
		}
		for (String name : KEPT_HEADERS) {
			Collection<String> values = response.getHeaders(name);
			if (values != null && !values.isEmpty()) {
				headers.put(name, List.copyOf(values));
			}
		}
		return new IdempotencyKeys.Answer(response.getStatus(), headers, response.getContentAsByteArray());
	}

	/** Feeds the request's content to the digest. */
	private interface Content {

		void digest(MessageDigest digest) throws IOException;

	}

	// The request as the draft's fingerprint sees it: method, path and query, media type (without parameters
	// such as a multipart boundary, which a retry may choose anew) and content.
	private static String fingerprint(HttpServletRequest request, Content content) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String type = request.getContentType() == null ? ""
				: request.getContentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		digest.update((request.getMethod() + " " + request.getRequestURI() + query + "\n" + type + "\n")
			.getBytes(StandardCharsets.UTF_8));
		content.digest(digest);
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Carries the checked exceptions of the filter chain through the transaction template. */
	private static final class ChainFailure extends RuntimeException {

		ChainFailure(Exception cause) {
			super(cause);
		}

		IOException unwrap() throws ServletException {
			if (getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			return (IOException) getCause();
		}

	}

	/** The request with its body read once, for the handler to read again. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
