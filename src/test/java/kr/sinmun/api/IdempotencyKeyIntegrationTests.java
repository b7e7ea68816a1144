package kr.sinmun.api;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.WebClient;
import kr.sinmun.WebClient.Response;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code Idempotency-Key} on the API's POST and PUT, as draft-ietf-httpapi-idempotency-key-header describes it:
 * a retry gets the first answer, a key reused for another request gets 422, a retry while the first is still
 * being processed gets 409, and a malformed key gets 400.
 */
class IdempotencyKeyIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	People people;

	@Autowired
	ShiftableClock clock;

	private WebClient web;

	private String token;

	@BeforeEach
	void login() {
		web = web();
		token = web.token("admin", ADMIN_PASSWORD);
	}

	@AfterEach
	void restoreClock() {
		clock.reset();
	}

	private static String key() {
		return "\"" + UUID.randomUUID() + "\"";
	}

	private static String article(String headline) {
		return """
				{"section": "economy", "headline": "%s", "bodyHtml": "<p>통신사 기사 본문.</p>", "reporter": "이도윤",
				 "status": "PUBLISHED", "wireSource": "연합뉴스"}""".formatted(headline);
	}

	private Response post(String key, String json) {
		return post(token, key, json);
	}

	private Response post(String bearer, String key, String json) {
		return web.send("POST", "/api/v1/articles", json, "Authorization", "Bearer " + bearer, "Content-Type",
				"application/json", "Idempotency-Key", key);
	}

	private long articlesHeadlined(String headline) {
		return jdbc.sql("SELECT count(*) FROM articles WHERE headline = :headline")
			.param("headline", headline)
			.query(Long.class)
			.single();
	}

	@Test
	void aRetriedPostGetsTheFirstAnswerAndCreatesOneArticle() {
		String key = key();
		String headline = "재시도해도 한 건인 통신 기사 " + UUID.randomUUID();
		Response first = post(key, article(headline));
		assertThat(first.status()).isEqualTo(201);

		Response retry = post(key, article(headline));
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(articlesHeadlined(headline)).isEqualTo(1);
	}

	@Test
	void twoSimultaneousPostsWithOneKeyCreateOneArticle() throws Exception {
		String key = key();
		String headline = "동시에 두 번 보낸 통신 기사 " + UUID.randomUUID();
		int atOnce = 6;
		ExecutorService pool = Executors.newFixedThreadPool(atOnce);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Response>> answers = new ArrayList<>();
			for (int i = 0; i < atOnce; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return post(key, article(headline));
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(responses).extracting(Response::status).containsAnyOf(201).isSubsetOf(201, 409);
			assertThat(responses.stream().filter(response -> response.status() == 201).map(response -> response.header("Location")).distinct())
				.hasSize(1);
			assertThat(articlesHeadlined(headline)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRetryWhileTheFirstRequestIsStillBeingProcessedGets409() throws Exception {
		String key = key();
		String headline = "처리 중에 다시 보낸 통신 기사 " + UUID.randomUUID();
		long section = jdbc.sql("SELECT id FROM sections WHERE slug = 'economy'").query(Long.class).single();
		CompletableFuture<Response> first;
		try (Connection blocker = dataSource.getConnection()) {
			blocker.setAutoCommit(false);
			int pid;
			// Holding the section row keeps the first request's insert (its foreign key check) waiting.
			try (PreparedStatement lock = blocker.prepareStatement("SELECT pg_backend_pid() FROM sections WHERE id = ? FOR UPDATE")) {
				lock.setLong(1, section);
				try (ResultSet rs = lock.executeQuery()) {
					rs.next();
					pid = rs.getInt(1);
				}
			}
			first = CompletableFuture.supplyAsync(() -> post(key, article(headline)));
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE :pid = ANY (pg_blocking_pids(pid))")
					.param("pid", pid)
					.query(Long.class)
					.single() > 0);

			Response during = CompletableFuture.supplyAsync(() -> post(key, article(headline))).get(10, TimeUnit.SECONDS);
			assertThat(during.status()).isEqualTo(409);
			assertThat(during.header("Content-Type")).startsWith("application/problem+json");
			assertThat(during.json().get("detail").asString()).contains("처리 중");
			blocker.rollback();
		}
		Response done = first.get(30, TimeUnit.SECONDS);
		assertThat(done.status()).isEqualTo(201);
		Response after = post(key, article(headline));
		assertThat(after.status()).isEqualTo(201);
		assertThat(after.header("Location")).isEqualTo(done.header("Location"));
		assertThat(articlesHeadlined(headline)).isEqualTo(1);
	}

	@Test
	void aKeyReusedForAnotherRequestGets422AndChangesNothing() {
		String key = key();
		String headline = "키를 재사용한 통신 기사 " + UUID.randomUUID();
		assertThat(post(key, article(headline)).status()).isEqualTo(201);

		Response reused = post(key, article(headline + " (다른 내용)"));
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reused.json().get("detail").asString()).contains("Idempotency-Key").contains("다른 요청");
		assertThat(articlesHeadlined(headline + " (다른 내용)")).isZero();

		// The same key on another path is another request too.
		Response elsewhere = web.send("PUT", "/api/v1/articles/" + post(key(), article(headline + " 2")).json().get("id").asLong(),
				article(headline), "Authorization", "Bearer " + token, "Content-Type", "application/json",
				"Idempotency-Key", key);
		assertThat(elsewhere.status()).isEqualTo(422);
	}

	@Test
	void aRetriedPutGetsTheFirstAnswerWithoutSavingAgain() {
		Response created = post(key(), article("키로 고친 통신 기사 " + UUID.randomUUID()));
		String path = created.header("Location");
		String key = key();
		String edit = article("키로 고친 통신 기사(수정) " + UUID.randomUUID());
		Response first = web.send("PUT", path, edit, "Authorization", "Bearer " + token, "Content-Type",
				"application/json", "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(200);
		long id = created.json().get("id").asLong();
		int version = jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", id).query(Integer.class).single();
		Response retry = web.send("PUT", path, edit, "Authorization", "Bearer " + token, "Content-Type",
				"application/json", "Idempotency-Key", key);
		assertThat(retry.status()).isEqualTo(200);
		// updatedAt would move if the retry had saved the article again.
		assertThat(retry.body()).isEqualTo(first.body());
		assertThat(jdbc.sql("SELECT version FROM articles WHERE id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(version);
	}

	@Test
	void keysBelongToTheTokensOwner() {
		if (people.userId("idem-desk").isEmpty()) {
			people.create(new NewUser("idem-desk", "idempotency-desk-1", "정하늘", "idem-desk@sinmun.example", Role.EDITOR, null));
		}
		String other = web.token("idem-desk", "idempotency-desk-1");
		String key = key();
		String mine = "관리자가 키로 보낸 기사 " + UUID.randomUUID();
		String theirs = "데스크가 같은 키로 보낸 기사 " + UUID.randomUUID();
		assertThat(post(token, key, article(mine)).status()).isEqualTo(201);
		assertThat(post(other, key, article(theirs)).status()).isEqualTo(201);
		assertThat(articlesHeadlined(mine)).isEqualTo(1);
		assertThat(articlesHeadlined(theirs)).isEqualTo(1);
	}

	@Test
	void malformedKeysAreRefusedWith400AndNothingIsCreated() {
		String headline = "잘못된 키로 보낸 기사 " + UUID.randomUUID();
		List<String> malformed = List.of("8e03978e-40d5-43e8-bc93-6894a57f9324", "\"\"", "\"" + "k".repeat(256) + "\"",
				"\"unterminated", "\"a\", \"b\"", "\"a\"; expires=1");
		for (String key : malformed) {
			Response refused = post(key, article(headline));
			assertThat(refused.status()).as("Idempotency-Key: %s", key).isEqualTo(400);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("detail").asString()).contains("Idempotency-Key");
		}
		assertThat(articlesHeadlined(headline)).isZero();
		// A key of 255 characters, with the escapes the syntax allows, is fine.
		assertThat(post("\"" + "k".repeat(251) + "\\\"\\\\\"", article(headline)).status()).isEqualTo(201);
	}

	@Test
	void twoKeyHeadersAreRefused() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key())
			.header("Idempotency-Key", key())
			.POST(HttpRequest.BodyPublishers.ofString(article("키 헤더가 둘인 기사"), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(articlesHeadlined("키 헤더가 둘인 기사")).isZero();
	}

	@Test
	void aFailedRequestLeavesNoAnswerBehindSoTheCorrectedOneMayUseTheKey() {
		String key = key();
		String headline = "고쳐서 다시 보낸 기사 " + UUID.randomUUID();
		Response wrong = post(key, article(headline).replace("\"economy\"", "\"no-such-section\""));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(post(key, article(headline)).status()).isEqualTo(201);
		assertThat(articlesHeadlined(headline)).isEqualTo(1);
	}

	@Test
	void anExpiredKeyIsForgotten() {
		String key = key();
		String headline = "하루 지난 키로 보낸 기사 " + UUID.randomUUID();
		assertThat(post(key, article(headline)).status()).isEqualTo(201);
		clock.shift(Duration.ofHours(25));
		assertThat(post(key, article(headline + " (이튿날)")).status()).isEqualTo(201);
		assertThat(articlesHeadlined(headline + " (이튿날)")).isEqualTo(1);
	}

	@Test
	void aRetriedUploadGetsTheFirstAnswer() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, Color.ORANGE.getRGB());
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		String boundary = "idempotent-upload";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"사진.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(png.toByteArray());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String key = key();
		Response first = web.sendBytes("POST", "/api/v1/media", body.toByteArray(), "Authorization", "Bearer " + token,
				"Content-Type", "multipart/form-data; boundary=" + boundary, "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		Response retry = web.sendBytes("POST", "/api/v1/media", body.toByteArray(), "Authorization", "Bearer " + token,
				"Content-Type", "multipart/form-data; boundary=" + boundary, "Idempotency-Key", key);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

		byte[] other = body.toByteArray().clone();
		other[other.length - boundary.length() - 20] ^= 1;
		Response reused = web.sendBytes("POST", "/api/v1/media", other, "Authorization", "Bearer " + token,
				"Content-Type", "multipart/form-data; boundary=" + boundary, "Idempotency-Key", key);
		assertThat(reused.status()).isEqualTo(422);
	}

}
