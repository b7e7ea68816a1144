package kr.sinmun.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PNG or WebP that carries only its pixels is stored byte for byte as uploaded (no full-size decode, no
 * generation lost); one that carries anything else (text chunks with a place or a name, EXIF, a private chunk,
 * bytes after its end) is re-encoded, and what is stored has none of it.
 */
class UprightCopyTests {

	private static final String SECRET = "촬영지 37.5665,126.9780 김기자";

	@TempDir
	Path media;

	@Test
	void aPngWithNothingButPixelsIsStoredAsUploaded() throws Exception {
		byte[] png = png();
		assertThat(UprightCopy.nothingToRemove(png, "png")).isTrue();

		assertThat(stored(png)).isEqualTo(png);
	}

	@Test
	void aPngWithTextExifAPrivateChunkOrATrailerIsReEncodedWithoutThem() throws Exception {
		byte[] png = png();
		byte[] text = withChunkBeforeEnd(png, "iTXt",
				("Comment\0\0\0\0\0" + SECRET).getBytes(StandardCharsets.UTF_8));
		byte[] exif = withChunkBeforeEnd(png, "eXIf", ("MM\0*" + SECRET).getBytes(StandardCharsets.UTF_8));
		byte[] privateChunk = withChunkBeforeEnd(png, "prIv", SECRET.getBytes(StandardCharsets.UTF_8));
		byte[] trailer = concat(png, SECRET.getBytes(StandardCharsets.UTF_8));

		for (byte[] upload : new byte[][] { text, exif, privateChunk, trailer }) {
			assertThat(UprightCopy.nothingToRemove(upload, "png")).isFalse();
			byte[] kept = stored(upload);
			assertThat(new String(kept, StandardCharsets.UTF_8)).doesNotContain("37.5665").doesNotContain("김기자");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
			assertThat(image.getWidth()).isEqualTo(320);
			assertThat(new Color(image.getRGB(10, 10))).isEqualTo(new Color(220, 20, 20));
			assertThat(new Color(image.getRGB(300, 200))).isEqualTo(new Color(30, 70, 160));
		}
	}

	@Test
	void aWebpIsKeptOnlyWithoutMetadataChunks() throws Exception {
		byte[] webp = Renditions.encode(picture(), "webp", "Lossy", 0.9f);
		assertThat(UprightCopy.nothingToRemove(webp, "webp")).isTrue();

		byte[] withXmp = withRiffChunk(webp, "XMP ", ("<x:xmpmeta>" + SECRET + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
		assertThat(UprightCopy.nothingToRemove(withXmp, "webp")).isFalse();
		assertThat(UprightCopy.nothingToRemove(concat(webp, new byte[] { 1, 2, 3, 4 }), "webp")).isFalse();
		assertThat(UprightCopy.nothingToRemove(Arrays.copyOf(webp, webp.length - 10), "webp")).isFalse();
	}

	@Test
	void aJpegIsAlwaysReEncoded() throws Exception {
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		assertThat(ImageIO.write(picture(), "jpeg", jpeg)).isTrue();
		// JPEG files from cameras and phones always carry EXIF; the few that do not are re-encoded all the same.
		assertThat(UprightCopy.nothingToRemove(jpeg.toByteArray(), "jpg")).isFalse();
	}

	private byte[] stored(byte[] upload) throws IOException {
		MediaLibrary library = new MediaLibrary(new DirectoryStore(media), new NoDatabase(), Clock.systemUTC(),
				new DecodeBudget(50_000_000, Duration.ofSeconds(5)));
		StoredMedia stored = library.store(upload);
		return Files.readAllBytes(media.resolve(stored.url().substring("/media/".length())));
	}

	private static BufferedImage picture() {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 70, 160));
		graphics.fillRect(0, 0, 320, 240);
		graphics.setColor(new Color(220, 20, 20));
		graphics.fillRect(0, 0, 80, 60);
		graphics.dispose();
		return image;
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		assertThat(ImageIO.write(picture(), "png", png)).isTrue();
		return png.toByteArray();
	}

	// The last 12 bytes of a PNG are its IEND chunk.
	private static byte[] withChunkBeforeEnd(byte[] png, String type, byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, png.length - 12);
		LargePng.chunk(out, type, data);
		out.write(png, png.length - 12, 12);
		return out.toByteArray();
	}

	// A RIFF chunk appended (padded to an even length), with the file's size in the header updated.
	private static byte[] withRiffChunk(byte[] webp, String fourCc, byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(webp);
		out.write(fourCc.getBytes(StandardCharsets.US_ASCII));
		out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
		out.write(data);
		if (data.length % 2 == 1) {
			out.write(0);
		}
		byte[] bytes = out.toByteArray();
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, bytes.length - 8);
		return bytes;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static final class NoDatabase extends MediaRepository {

		NoDatabase() {
			super(null);
		}

		@Override
		long insert(String storedName, String contentType, int width, int height, long size, Integer[] widths,
				boolean hasCard, boolean inLibrary, Long uploadedBy, PhotoDetails details) {
			return 1;
		}

	}

}
