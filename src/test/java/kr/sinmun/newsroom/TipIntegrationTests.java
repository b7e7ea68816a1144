package kr.sinmun.newsroom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.people.People;
import kr.sinmun.tipoff.Tip;
import kr.sinmun.tipoff.TipStatus;
import kr.sinmun.tipoff.Tips;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 기사제보 from the reader's form to the desk: what is stored, what is refused (in Korean, keeping what was typed),
 * and who may see the photos.
 */
class TipIntegrationTests extends IntegrationTest {

	private static final String BOUNDARY = "sinmun-tip-test";

	@Autowired
	Tips tips;

	@Autowired
	People people;

	private final HttpClient http = HttpClient.newHttpClient();

	/** A file part: name, content. */
	private record Part(String fileName, byte[] bytes) {
	}

	private HttpResponse<String> send(String address, Map<String, String> fields, List<Part> files) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		for (Part file : files) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.fileName()
					+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tip"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> typed(String body) {
		return Map.of("body", body, "contact", "010-1234-5678", "name", "김제보", "consent", "yes");
	}

	private Optional<Tip> stored(String body) {
		return tips.list(Optional.empty(), 500).stream().filter(tip -> tip.body().equals(body)).findFirst();
	}

	@Test
	void aReadersTipWithAPhotoReachesTheDeskAndOnlyTheDesk() throws IOException {
		String text = "시험용 제보: 시청 앞 도로 공사가 예고 없이 석 달째 멈춰 있습니다 " + System.nanoTime();
		byte[] png = Files.readAllBytes(NewsroomFixtures.photo());
		HttpResponse<String> sent = send("198.51.100.10", typed(text), List.of(new Part("공사 현장.png", png)));
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/tip?sent");
		assertThat(web().get("/tip?sent").body()).contains("제보를 받았습니다");
		Tip tip = stored(text).orElseThrow();
		try {
			assertThat(tip.status()).isEqualTo(TipStatus.RECEIVED);
			assertThat(tip.contact()).isEqualTo("010-1234-5678");
			assertThat(tip.attachments()).singleElement().satisfies(file -> {
				assertThat(file.fileName()).isEqualTo("공사 현장.png");
				assertThat(file.contentType()).isEqualTo("image/png");
				assertThat(file.width()).isEqualTo(640);
			});
			long fileId = tip.attachments().get(0).id();

			NewsroomSession desk = new NewsroomSession(port);
			NewsroomFixtures.desk(people);
			desk.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
			assertThat(desk.get("/newsroom/tips").body()).contains("시청 앞 도로 공사").contains("접수").contains("1장");
			assertThat(desk.get("/newsroom/tips/" + tip.id()).body()).contains(text).contains("김제보").contains("공사 현장.png");
			HttpResponse<String> download = desk.get("/newsroom/tips/" + tip.id() + "/files/" + fileId);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
			assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
			assertThat(download.headers().firstValue("Cache-Control")).hasValue("private, no-store");
			// Another tip's number with this file's id, or a file id that is no file, is no file.
			assertThat(desk.get("/newsroom/tips/" + (tip.id() + 100000) + "/files/" + fileId).statusCode()).isEqualTo(404);
			assertThat(desk.get("/newsroom/tips/" + tip.id() + "/files/" + (fileId + 100000)).statusCode()).isEqualTo(404);
			assertThat(desk.get("/newsroom/tips/" + (tip.id() + 100000)).statusCode()).isEqualTo(404);

			assertThat(desk.form("/newsroom/tips/" + tip.id() + "/status", Map.of("status", "REVIEWING")).statusCode())
				.isEqualTo(302);
			assertThat(tips.tip(tip.id()).status()).isEqualTo(TipStatus.REVIEWING);
			assertThat(desk.get("/newsroom/tips?status=REVIEWING").body()).contains("시청 앞 도로 공사").contains("검토중");
			assertThat(desk.form("/newsroom/tips/" + tip.id() + "/status", Map.of("status", "PUBLISHED")).statusCode())
				.isEqualTo(400);

			NewsroomSession reporter = new NewsroomSession(port);
			NewsroomFixtures.reporter(people);
			reporter.login(NewsroomFixtures.REPORTER, NewsroomFixtures.PASSWORD);
			assertThat(reporter.get("/newsroom/tips").statusCode()).isEqualTo(403);
			assertThat(reporter.get("/newsroom/tips/" + tip.id() + "/files/" + fileId).statusCode()).isEqualTo(403);
			assertThat(web().get("/newsroom/tips/" + tip.id() + "/files/" + fileId).status()).isNotEqualTo(200);
		}
		finally {
			tips.delete(tip.id());
		}
	}

	@Test
	void refusesBadInputInKoreanKeepingWhatWasTyped() throws IOException {
		String text = "시험용 제보: 하천 둔치에 폐기물이 쌓여 있습니다 " + System.nanoTime();
		Map<String, String> noConsent = Map.of("body", text, "contact", "tipster@example.com", "name", "<b>이름</b>");
		HttpResponse<String> refused = send("198.51.100.20", noConsent, List.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("개인정보 수집·이용에 동의하셔야").contains(text).contains("value=\"tipster@example.com\"")
			.contains("value=\"&lt;b>이름&lt;/b>\"").doesNotContain("<b>이름</b>");

		HttpResponse<String> empty = send("198.51.100.20", Map.of("body", "짧음", "contact", "", "consent", "yes"), List.of());
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("10자 이상").contains("전화번호나 이메일 주소를 써 주십시오");

		HttpResponse<String> notAPhoto = send("198.51.100.20", typed(text),
				List.of(new Part("문서.png", "사진이 아닌 글자입니다".getBytes(StandardCharsets.UTF_8))));
		assertThat(notAPhoto.statusCode()).isEqualTo(415);
		assertThat(notAPhoto.body()).contains("이미지 파일이 아닙니다").contains(text).contains("사진은 다시 골라 주십시오");

		byte[] png = Files.readAllBytes(NewsroomFixtures.photo());
		List<Part> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(new Part("사진" + i + ".png", png));
		}
		HttpResponse<String> tooMany = send("198.51.100.20", typed(text), six);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("5장까지");

		byte[] large = new byte[4 * 1024 * 1024 + 1];
		System.arraycopy(png, 0, large, 0, png.length);
		HttpResponse<String> tooLarge = send("198.51.100.20", typed(text), List.of(new Part("큰 사진.png", large)));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("파일이 너무 큽니다").contains(text);

		// More than the server reads at all: refused before the form is read, in Korean, never a 500.
		HttpResponse<String> huge = send("198.51.100.20", typed(text), List.of(new Part("a.png", new byte[22 * 1024 * 1024])));
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("허용된 크기");

		assertThat(stored(text)).as("nothing refused is stored").isEmpty();
	}

	@Test
	void keepsAHostileFileNameAsHarmlessText() throws IOException {
		String text = "시험용 제보: 파일 이름 시험 " + System.nanoTime();
		byte[] png = Files.readAllBytes(NewsroomFixtures.photo());
		assertThat(send("198.51.100.30", typed(text), List.of(new Part("..\\\\..\\\\etc/\u202Egnp.<img src=x onerror=alert(1)>.png", png)))
			.statusCode()).isEqualTo(303);
		Tip tip = stored(text).orElseThrow();
		try {
			assertThat(tip.attachments().get(0).fileName()).isEqualTo("gnp.<img src=x onerror=alert(1)>.png");
			NewsroomSession desk = new NewsroomSession(port);
			NewsroomFixtures.desk(people);
			desk.login(NewsroomFixtures.DESK, NewsroomFixtures.PASSWORD);
			assertThat(desk.get("/newsroom/tips/" + tip.id()).body()).contains("gnp.&lt;img src=x onerror=alert(1)&gt;.png")
				.doesNotContain("<img src=x");
		}
		finally {
			tips.delete(tip.id());
		}
	}

	@Test
	void aBotThatFillsTheHiddenFieldIsThankedAndNothingIsKept() {
		String text = "시험용 제보: 자동 입력 프로그램이 보낸 글 " + System.nanoTime();
		Map<String, String> fields = new java.util.HashMap<>(typed(text));
		fields.put("homepage", "https://spam.example");
		HttpResponse<String> sent = send("198.51.100.40", fields, List.of());
		assertThat(sent.statusCode()).isEqualTo(303);
		assertThat(stored(text)).isEmpty();
	}

	@Test
	void oneAddressMaySendFiveTipsAnHour() {
		List<Long> kept = new ArrayList<>();
		String address = "198.51.100." + (50 + (int) (System.nanoTime() % 150));
		try {
			for (int i = 0; i < 5; i++) {
				String text = "시험용 제보: 반복 제보 " + i + " " + System.nanoTime();
				assertThat(send(address, typed(text), List.of()).statusCode()).isEqualTo(303);
				kept.add(stored(text).orElseThrow().id());
			}
			String sixth = "시험용 제보: 여섯 번째 " + System.nanoTime();
			HttpResponse<String> refused = send(address, typed(sixth), List.of());
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.body()).contains("한 시간에 보낼 수 있는 제보(5건)를 넘었습니다").contains(sixth);
			assertThat(send("203.0.113.77", typed(sixth), List.of()).statusCode()).as("another address").isEqualTo(303);
			kept.add(stored(sixth).orElseThrow().id());
		}
		finally {
			kept.forEach(tips::delete);
		}
	}

}
