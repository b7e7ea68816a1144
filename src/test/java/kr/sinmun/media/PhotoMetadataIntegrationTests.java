package kr.sinmun.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter's phone writes where a photo was taken (GPS) and which way the phone was held (orientation) into
 * the file. Readers must get neither the place nor a sideways picture: every copy served, the original
 * included, is upright and carries no metadata.
 */
class PhotoMetadataIntegrationTests extends IntegrationTest {

	private static final String BOUNDARY = "sinmun-exif-boundary";

	@Test
	void everyServedCopyIsUprightAndCarriesNoGpsOrOtherMetadata() throws Exception {
		// As the sensor stored it: 800×400, red in its top-left corner; EXIF says "turn 90° clockwise to view"
		// (orientation 6, a phone held upright) and where it was taken: a reporter's home in Seoul.
		byte[] photo = withExif(sensorImage(800, 400), 6, 126.9780, 37.5665);
		Metadata sent = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(sent.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).as("the test photo has GPS")
			.isNotNull();

		JsonNode stored = upload("집앞.jpg", photo);

		List<String> served = new ArrayList<>();
		served.add(stored.get("url").asString());
		stored.get("renditions").forEach(rendition -> {
			served.add(rendition.get("jpeg").asString());
			served.add(rendition.get("webp").asString());
		});
		assertThat(served.get(0)).as("the original, without a rendition suffix").matches("/media/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.jpg");
		for (String path : served) {
			WebClient.Response file = web().get(path);
			assertThat(file.status()).as(path).isEqualTo(200);
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file.bytes()));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("GPS in %s", path).isNull();
			assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("EXIF in %s", path).isNull();
			assertThat(directoryNames(metadata)).as("metadata left in %s", path)
				.noneMatch(name -> name.contains("Exif") || name.contains("GPS") || name.contains("XMP")
						|| name.contains("IPTC") || name.contains("Photoshop"));
			assertThat(new String(file.bytes(), StandardCharsets.ISO_8859_1)).as(path).doesNotContain("Exif\0\0");

			BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
			assertThat(image.getHeight()).as("%s stands upright", path).isGreaterThan(image.getWidth());
			// Turned clockwise, the sensor's top-left corner is the picture's top-right.
			assertThat(isRed(image.getRGB(image.getWidth() * 7 / 8, image.getHeight() / 16))).as("top right of %s", path)
				.isTrue();
			assertThat(isRed(image.getRGB(image.getWidth() / 8, image.getHeight() / 16))).as("top left of %s", path)
				.isFalse();
		}
		assertThat(stored.get("width").asInt()).as("upright width").isEqualTo(400);
		assertThat(stored.get("height").asInt()).as("upright height").isEqualTo(800);
	}

	@Test
	void theCopiesOfANewCropAndTheCardCarryNoGpsEither() throws Exception {
		byte[] photo = withExif(sensorImage(800, 400), 6, 126.9780, 37.5665);
		JsonNode stored = upload("집앞-자르기.jpg", photo);
		long id = stored.get("id").asLong();
		try {
			// Upright it is 400×800; keep the top half, focal point in the red corner (top right once turned).
			LibraryPhoto cropped = library.edit(id, new PhotoEdit(new PhotoDetails("자르기", "", ""),
					new Crop(0, 0, 400, 400), 0.9, 0.1));
			List<String> served = new ArrayList<>();
			served.add(cropped.url());
			cropped.renditions().forEach(rendition -> {
				served.add(rendition.jpeg());
				served.add(rendition.webp());
			});
			served.add(cropped.card().jpeg());
			served.add(cropped.card().webp());
			assertThat(cropped.src()).contains("-v1-");
			for (String path : served) {
				WebClient.Response file = web().get(path);
				assertThat(file.status()).as(path).isEqualTo(200);
				Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file.bytes()));
				assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("GPS in %s", path).isNull();
				assertThat(directoryNames(metadata)).as("metadata left in %s", path)
					.noneMatch(name -> name.contains("Exif") || name.contains("GPS") || name.contains("XMP"));
			}
			BufferedImage card = ImageIO.read(new ByteArrayInputStream(web().get(cropped.card().jpeg()).bytes()));
			assertThat(card.getWidth()).isGreaterThan(card.getHeight());
			assertThat(isRed(card.getRGB(card.getWidth() - 4, 4))).as("the card is cut around the focal point").isTrue();
		}
		finally {
			jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	MediaLibrary library;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private static BufferedImage sensorImage(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 70, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(220, 20, 20));
		graphics.fillRect(0, 0, width / 4, height / 4);
		graphics.dispose();
		return image;
	}

	// The EXIF is written by Apache Commons Imaging, as a camera would: IFD0 with make, model and orientation,
	// and a GPS IFD.
	private static byte[] withExif(BufferedImage image, int orientation, double longitude, double latitude)
			throws Exception {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, "jpeg", jpeg)).isTrue();
		TiffOutputSet exif = new TiffOutputSet();
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "SinmunPhone");
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "Reporter 1");
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
		exif.setGpsInDegrees(longitude, latitude);
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(jpeg.toByteArray(), tagged, exif);
		return tagged.toByteArray();
	}

	private static List<String> directoryNames(Metadata metadata) {
		List<String> names = new ArrayList<>();
		for (Directory directory : metadata.getDirectories()) {
			names.add(directory.getName());
		}
		return names;
	}

	private static boolean isRed(int rgb) {
		Color color = new Color(rgb);
		return color.getRed() > 150 && color.getGreen() < 90 && color.getBlue() < 90;
	}

	private JsonNode upload(String filename, byte[] bytes) throws IOException {
		WebClient api = web();
		String token = api.token("admin", ADMIN_PASSWORD);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		WebClient.Response response = api.sendBytes("POST", "/api/v1/media", body.toByteArray(), "Authorization",
				"Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
