package kr.sinmun.newsroom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.platform.KoreanDates;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 사진 보관함 through the newsroom: every upload is in the library, found by words inside Korean words, by
 * uploader and date; reporters reuse everyone's photos but change only their own; the desk changes any; a crop
 * and focal point make new copies at new addresses. The photos are this class's own and removed afterwards.
 */
class PhotoLibraryIntegrationTests extends IntegrationTest {

	private static final String OWNER = "photo-owner";

	private static final String OTHER = "photo-other";

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private long owner;

	private final List<Long> uploaded = new ArrayList<>();

	@BeforeEach
	void people() {
		owner = NewsroomFixtures.user(people, OWNER, "사진주", Role.REPORTER);
		NewsroomFixtures.user(people, OTHER, "남기자", Role.REPORTER);
		NewsroomFixtures.desk(people);
	}

	@AfterEach
	void removePhotos() {
		if (!uploaded.isEmpty()) {
			jdbc.sql("DELETE FROM media WHERE id IN (:ids)").param("ids", uploaded).update();
		}
	}

	private NewsroomSession session(String username) {
		NewsroomSession session = new NewsroomSession(port);
		assertThat(session.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		session.get("/newsroom/photos");
		return session;
	}

	private long upload(NewsroomSession session, String caption, String credit) throws IOException {
		HttpResponse<String> response = session.upload("/newsroom/media", "사진.png", png(640, 360));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Matcher id = ID.matcher(response.body());
		assertThat(id.find()).isTrue();
		long photo = Long.parseLong(id.group(1));
		uploaded.add(photo);
		HttpResponse<String> saved = session.form("/newsroom/photos/" + photo,
				Map.of("caption", caption, "credit", credit, "altText", caption + " 장면"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return photo;
	}

	@Test
	void everyUploadIsFoundByWordsInsideKoreanWordsByUploaderAndByDate() throws IOException {
		NewsroomSession reporter = session(OWNER);
		long budget = upload(reporter, "국회에서 열린 예산안 심사 보관함시험", "사진=사진주 기자");
		long market = upload(reporter, "새벽 수산시장의 경매 보관함시험", "사진=독자 제공");

		String byWord = reporter.get("/newsroom/photos?q=" + enc("국회 예산")).body();
		assertThat(byWord).contains("국회에서 열린 예산안 심사").doesNotContain("새벽 수산시장");
		assertThat(reporter.get("/newsroom/photos?q=" + enc("회에서 열")).body()).as("text across a word's middle")
			.contains("국회에서 열린");
		assertThat(reporter.get("/newsroom/photos?q=" + enc("독자 제공")).body()).as("by credit")
			.contains("새벽 수산시장의 경매").doesNotContain("예산안 심사");
		assertThat(reporter.get("/newsroom/photos?q=" + enc("예산 국회")).body()).as("words in any order")
			.contains("예산안 심사");
		assertThat(reporter.get("/newsroom/photos?q=" + enc("산예")).body()).as("pairs in another order are no match")
			.doesNotContain("예산안 심사");

		String mine = reporter.get("/newsroom/photos?q=" + enc("보관함시험") + "&reporter=" + owner).body();
		assertThat(mine).contains("예산안 심사", "수산시장의 경매", "사진주");
		String today = LocalDate.now(KoreanDates.SEOUL).toString();
		String tomorrow = LocalDate.now(KoreanDates.SEOUL).plusDays(1).toString();
		assertThat(reporter.get("/newsroom/photos?q=" + enc("보관함시험") + "&from=" + today + "&to=" + today).body())
			.contains("예산안 심사");
		assertThat(reporter.get("/newsroom/photos?q=" + enc("보관함시험") + "&from=" + tomorrow).body())
			.contains("찾은 사진이 없습니다.").doesNotContain("예산안 심사");

		// The editor's picker: the same search as JSON, with what the editor prefills.
		String json = reporter.get("/newsroom/photos/search?q=" + enc("수산시장"), "Accept", "application/json").body();
		assertThat(json).contains("\"id\":" + market, "\"caption\":\"새벽 수산시장의 경매 보관함시험\"",
				"\"credit\":\"사진=독자 제공\"", "\"alt\":\"새벽 수산시장의 경매 보관함시험 장면\"")
			.doesNotContain("\"id\":" + budget + ",");
	}

	@Test
	void reportersReuseEveryonesPhotosButChangeOnlyTheirOwnTheDeskChangesAny() throws IOException {
		NewsroomSession reporter = session(OWNER);
		long photo = upload(reporter, "시청 앞 광장 권한시험", "사진=사진주 기자");

		NewsroomSession other = session(OTHER);
		assertThat(other.get("/newsroom/photos?q=" + enc("권한시험")).body()).as("everyone sees the paper's photos")
			.contains("시청 앞 광장 권한시험", "자세히 보기");
		String page = other.get("/newsroom/photos/" + photo).body();
		assertThat(page).contains("올린 기자와 데스크만 고칠 수 있습니다").doesNotContain("name=\"caption\"");
		HttpResponse<String> refused = other.form("/newsroom/photos/" + photo, Map.of("caption", "바꿔 본 캡션"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("올린 기자와 데스크만 고칠 수 있습니다");

		NewsroomSession desk = session(NewsroomFixtures.DESK);
		HttpResponse<String> byDesk = desk.form("/newsroom/photos/" + photo,
				Map.of("caption", "데스크가 다듬은 캡션 권한시험", "credit", "사진=사진주 기자", "altText", "광장"));
		assertThat(byDesk.statusCode()).isEqualTo(302);
		assertThat(reporter.get("/newsroom/photos/" + photo).body()).contains("데스크가 다듬은 캡션 권한시험");
	}

	@Test
	void hostileIdsAndValuesGetKoreanAnswersAndKeepWhatWasTyped() throws IOException {
		NewsroomSession reporter = session(OWNER);
		long photo = upload(reporter, "잘못된 값 시험", "");

		for (String id : List.of("abc", "-1", "99999999999", "1e3", "9223372036854775808")) {
			HttpResponse<String> missing = reporter.get("/newsroom/photos/" + id);
			assertThat(missing.statusCode()).as(id).isEqualTo(404);
			assertThat(missing.body()).as(id).contains("사진 보관함에 그런 사진이 없습니다.");
		}
		HttpResponse<String> outside = reporter.form("/newsroom/photos/" + photo, Map.of("caption", "그대로 남을 캡션",
				"cropX", "600", "cropY", "0", "cropWidth", "200", "cropHeight", "100", "focalX", "50", "focalY", "50"));
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("자를 영역은 사진 안(가로 640, 세로 360픽셀)에", "그대로 남을 캡션", "value=\"600\"");
		HttpResponse<String> words = reporter.form("/newsroom/photos/" + photo,
				Map.of("cropX", "영", "cropY", "0", "cropWidth", "10", "cropHeight", "10", "focalX", "NaN"));
		assertThat(words.statusCode()).isEqualTo(400);
		assertThat(words.body()).contains("픽셀 수(정수)로 쓰십시오", "0에서 100 사이의 숫자");
		HttpResponse<String> focal = reporter.form("/newsroom/photos/" + photo, Map.of("cropX", "0", "cropY", "0",
				"cropWidth", "320", "cropHeight", "360", "focalX", "90", "focalY", "50"));
		assertThat(focal.statusCode()).isEqualTo(400);
		assertThat(focal.body()).contains("초점은 자른 영역 안에 두십시오.");
		HttpResponse<String> longCaption = reporter.form("/newsroom/photos/" + photo, Map.of("caption", "가".repeat(501)));
		assertThat(longCaption.statusCode()).isEqualTo(400);
		assertThat(longCaption.body()).contains("캡션은 500자까지");

		HttpResponse<String> badSearch = reporter.get("/newsroom/photos?from=어제&reporter=나&page=0");
		assertThat(badSearch.statusCode()).isEqualTo(400);
		assertThat(badSearch.body()).contains("시작 날짜를 알아볼 수 없습니다(‘어제’). 2026-12-05처럼 쓰십시오.",
				"기자는 목록에서 고르십시오.", "쪽 번호는");
		HttpResponse<String> badJson = reporter.get("/newsroom/photos/search?page=x", "Accept", "application/json");
		assertThat(badJson.statusCode()).isEqualTo(400);
		assertThat(badJson.body()).contains("쪽 번호는");

		HttpResponse<String> notImage = reporter.upload("/newsroom/media", "가짜.jpg", "사진이 아닙니다".getBytes());
		assertThat(notImage.statusCode()).isEqualTo(400);
		assertThat(notImage.body()).contains("이미지 파일이 아닙니다");
	}

	@Test
	void aCropAndFocalPointMakeNewCopiesAtNewAddressesFromTheOriginal() throws IOException {
		NewsroomSession reporter = session(OWNER);
		long photo = upload(reporter, "자르기 시험", "");
		String before = reporter.get("/newsroom/photos/" + photo).body();
		String oldSrc = attribute(before, "기사에 들어가는 사본");

		// Keep the left half (red), with the focal point in its middle.
		HttpResponse<String> cropped = reporter.form("/newsroom/photos/" + photo, Map.of("caption", "자르기 시험",
				"cropX", "0", "cropY", "0", "cropWidth", "320", "cropHeight", "360", "focalX", "25", "focalY", "50",
				"edition", "0"));
		assertThat(cropped.statusCode()).as(cropped.body()).isEqualTo(302);
		String after = reporter.get("/newsroom/photos/" + photo).body();
		String newSrc = attribute(after, "기사에 들어가는 사본");
		assertThat(newSrc).isNotEqualTo(oldSrc).contains("-v1-");
		BufferedImage copy = fetch(newSrc);
		assertThat(copy.getWidth()).isEqualTo(320);
		assertThat(copy.getHeight()).isEqualTo(360);
		assertThat(isRed(copy.getRGB(copy.getWidth() - 5, 180))).as("only the red left half is left").isTrue();
		BufferedImage card = fetch(attribute(after, "목록용 3:2 사본"));
		assertThat(Math.abs(card.getWidth() * 2 - card.getHeight() * 3)).as("a 3:2 card").isLessThanOrEqualTo(3);
		assertThat(fetch(oldSrc).getWidth()).as("the earlier copy stays for articles that use it").isEqualTo(640);

		// A form opened before the crop changed is told so, not applied over it.
		HttpResponse<String> stale = reporter.form("/newsroom/photos/" + photo, Map.of("caption", "늦은 저장",
				"cropX", "0", "cropY", "0", "cropWidth", "640", "cropHeight", "360", "edition", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("다른 사람이 이 사진을 먼저 고쳤습니다");
	}

	@Test
	void aPageOfTheLibraryCostsTheSameQueriesHoweverManyPhotosAndUploadersItShows() throws IOException {
		NewsroomSession reporter = session(OWNER);
		upload(reporter, "쿼리 수 시험 사진 하나", "");
		int one = queries(reporter, "/newsroom/photos?q=" + enc("쿼리 수 시험"));
		NewsroomSession other = session(OTHER);
		for (int i = 0; i < 4; i++) {
			upload(i % 2 == 0 ? other : reporter, "쿼리 수 시험 사진 추가 " + i, "사진=시험");
		}
		assertThat(queries(reporter, "/newsroom/photos?q=" + enc("쿼리 수 시험"))).isEqualTo(one);
		assertThat(queries(reporter, "/newsroom/photos/search?q=" + enc("쿼리 수 시험"))).isLessThanOrEqualTo(one);
	}

	private static int queries(NewsroomSession session, String path) {
		String key = path + "#" + System.nanoTime();
		HttpResponse<String> response = session.get(path, kr.sinmun.QueryCounting.HEADER, key, "Accept",
				path.contains("/search") ? "application/json" : "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return kr.sinmun.QueryCounting.count(key);
	}

	private static String attribute(String html, String alt) {
		Matcher matcher = Pattern.compile("<img src=\"([^\"]+)\"[^>]*alt=\"" + alt + "\"").matcher(html);
		assertThat(matcher.find()).as(alt).isTrue();
		return matcher.group(1);
	}

	private BufferedImage fetch(String path) throws IOException {
		try {
			HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return ImageIO.read(new ByteArrayInputStream(response.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static boolean isRed(int rgb) {
		Color color = new Color(rgb);
		return color.getRed() > 150 && color.getGreen() < 90 && color.getBlue() < 90;
	}

	// Left half red, right half blue.
	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 70, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(220, 20, 20));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
