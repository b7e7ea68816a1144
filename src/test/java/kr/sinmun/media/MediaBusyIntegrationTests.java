package kr.sinmun.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While other uploads hold all the memory set aside for decoding, a new upload waits its turn and, if the turn
 * does not come within the wait, gets a 503 with {@code Retry-After} and a Korean message, from the API and from
 * the newsroom's editor alike; nothing is stored and nothing fails. Once the memory is free, the same upload works.
 */
class MediaBusyIntegrationTests extends IntegrationTest {

	private static final String BOUNDARY = "sinmun-busy-boundary";

	private static final Pattern CSRF = Pattern.compile("name=\"(?:_csrf\" value|csrf-token\" content)=\"([^\"]+)\"");

	@Autowired
	DecodeBudget budget;

	@Test
	void aBusyServerAnswers503WithRetryAfterFromTheApiAndTheNewsroomAndTakesTheUploadOnceFree() throws Exception {
		byte[] photo = jpeg(1600, 1200);
		String token = web().token("admin", ADMIN_PASSWORD);
		Newsroom newsroom = new Newsroom();
		newsroom.login();

		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> otherUploads = CompletableFuture.supplyAsync(() -> {
			try {
				return budget.decode(budget.total(), () -> {
					try {
						return release.await(2, TimeUnit.MINUTES);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> budget.available() == 0);
		try {
			CompletableFuture<WebClient.Response> api = CompletableFuture.supplyAsync(() -> apiUpload(token, photo));
			CompletableFuture<HttpResponse<String>> editor = CompletableFuture.supplyAsync(() -> newsroom.upload(photo));

			WebClient.Response refused = api.get(2, TimeUnit.MINUTES);
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.header("Retry-After")).isEqualTo("10");
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.json().get("title").asString()).isEqualTo("서비스를 잠시 이용할 수 없습니다");
			assertThat(refused.json().get("detail").asString()).contains("다시 올려 주십시오");

			HttpResponse<String> editorRefused = editor.get(2, TimeUnit.MINUTES);
			assertThat(editorRefused.statusCode()).isEqualTo(503);
			assertThat(editorRefused.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(JsonMapper.builder().build().readTree(editorRefused.body()).get("message").asString())
				.contains("다시 올려 주십시오");
		}
		finally {
			release.countDown();
			otherUploads.get(1, TimeUnit.MINUTES);
		}
		WebClient.Response accepted = apiUpload(token, photo);
		assertThat(accepted.status()).isEqualTo(201);
		JsonNode renditions = accepted.json().get("renditions");
		assertThat(renditions.size()).isEqualTo(3);
		assertThat(newsroom.upload(photo).statusCode()).isEqualTo(200);
	}

	private WebClient.Response apiUpload(String token, byte[] photo) {
		return web().sendBytes("POST", "/api/v1/media", multipart(null, photo), "Authorization", "Bearer " + token,
				"Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
	}

	private static byte[] multipart(String csrf, byte[] photo) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"현장.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(photo);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** The administrator in the newsroom's editor, uploading as its script does. */
	private final class Newsroom {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private String csrf = "";

		void login() {
			remember(send(HttpRequest.newBuilder(uri("/newsroom/login")).build()).body());
			String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ csrf;
			send(HttpRequest.newBuilder(uri("/newsroom/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
			remember(send(HttpRequest.newBuilder(uri("/newsroom")).build()).body());
		}

		HttpResponse<String> upload(byte[] photo) {
			return send(HttpRequest.newBuilder(uri("/newsroom/media"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf, photo)))
				.build());
		}

		private void remember(String html) {
			Matcher matcher = CSRF.matcher(html);
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				return http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
