package kr.sinmun.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photo upload through the API, as automation and the newsroom's editor use it. */
class MediaUploadIntegrationTests extends IntegrationTest {

	@Autowired
	MediaLibrary media;

	private static final String BOUNDARY = "sinmun-test-boundary";

	private WebClient.Response upload(String filename, byte[] bytes) {
		WebClient api = web();
		String token = api.token("admin", ADMIN_PASSWORD);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.sendBytes("POST", "/api/v1/media", body.toByteArray(), "Authorization", "Bearer " + token,
				"Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
	}

	private static byte[] photo(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(20, 60, 140), width, height, new Color(230, 180, 40)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	@Test
	void aPhotoGetsThumbnailMediumAndLargeCopiesAsJpegAndWebp() throws IOException {
		WebClient.Response response = upload("항구.jpg", photo(3000, 2000, "jpeg"));
		assertThat(response.status()).isEqualTo(201);
		JsonNode json = response.json();
		assertThat(json.get("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(json.get("width").asInt()).isEqualTo(3000);
		JsonNode renditions = json.get("renditions");
		assertThat(renditions.size()).isEqualTo(3);
		int[] widths = { 320, 720, 1280 };
		for (int i = 0; i < 3; i++) {
			JsonNode rendition = renditions.get(i);
			assertThat(rendition.get("width").asInt()).isEqualTo(widths[i]);
			assertThat(rendition.get("height").asInt()).isEqualTo(Math.round(2000f * widths[i] / 3000));
			for (String kind : new String[] { "jpeg", "webp" }) {
				WebClient.Response file = web().get(rendition.get(kind).asString());
				assertThat(file.status()).isEqualTo(200);
				assertThat(file.header("Content-Type")).isEqualTo(kind.equals("jpeg") ? "image/jpeg" : "image/webp");
				BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.bytes()));
				assertThat(decoded.getWidth()).isEqualTo(widths[i]);
			}
		}
		assertThat(json.get("src").asString()).isEqualTo(renditions.get(2).get("jpeg").asString());
	}

	@Test
	void webpUploadsAreAcceptedAndSmallPhotosAreNeverEnlarged() throws IOException {
		WebClient.Response response = upload("작은사진.webp", photo(500, 300, "webp"));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("contentType").asString()).isEqualTo("image/webp");
		assertThat(response.json().get("renditions").size()).isEqualTo(2);
		assertThat(response.json().get("renditions").get(1).get("width").asInt()).isEqualTo(500);
	}

	@Test
	void theTypeIsReadFromTheBytesNotTheName() {
		WebClient.Response response = upload("사진.jpg", "이것은 사진이 아니라 글자입니다".getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("이미지 파일이 아닙니다");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
		byte[] png = photo(1, 1, "png");
		// Rewrite the IHDR chunk to claim 20,000 × 20,000 pixels (400 megapixels), with a valid checksum.
		ByteBuffer buffer = ByteBuffer.wrap(png);
		buffer.putInt(16, 20_000);
		buffer.putInt(20, 20_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		buffer.putInt(29, (int) crc.getValue());
		WebClient.Response response = upload("bomb.png", png);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("5천만 화소");
	}

	@Test
	void aTruncatedPhotoIsReportedAsDamaged() throws IOException {
		byte[] jpeg = photo(1600, 1200, "jpeg");
		WebClient.Response response = upload("잘린사진.jpg", Arrays.copyOf(jpeg, jpeg.length / 3));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("손상");
	}

	@Test
	void aTruncatedAttachmentIsDamagedForTipsToo() throws IOException {
		// 기사제보 attachments are checked by verify(), which must judge a photo exactly as an upload is judged.
		byte[] jpeg = photo(1600, 1200, "jpeg");
		assertThat(media.verify(jpeg).width()).isEqualTo(1600);
		assertThatThrownBy(() -> media.verify(Arrays.copyOf(jpeg, jpeg.length / 3)))
			.isInstanceOf(UnsupportedMediaException.class)
			.hasMessageContaining("손상");
	}

	@Test
	void anUploadOverTwentyMegabytesGets413() {
		byte[] huge = new byte[21 * 1024 * 1024];
		WebClient.Response response = upload("큰사진.jpg", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).contains("20MB");
	}

}
