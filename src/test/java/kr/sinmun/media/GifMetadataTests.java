package kr.sinmun.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A GIF keeps its frames and looping, and loses the comment and XMP blocks that say who made it and where. */
class GifMetadataTests {

	@Test
	void dropsCommentAndXmpBlocksKeepsTheLoopAndThePicture() throws IOException {
		byte[] plain = gif();
		int blocks = 13 + ((plain[10] & 0x80) != 0 ? 3 * (1 << ((plain[10] & 0x07) + 1)) : 0);
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		tagged.write(plain, 0, blocks);
		// A looping block, a comment with a place, and XMP with GPS, as photo tools write them.
		tagged.writeBytes(new byte[] { 0x21, (byte) 0xFF, 11 });
		tagged.writeBytes("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
		tagged.writeBytes(new byte[] { 3, 1, 0, 0, 0 });
		byte[] comment = "서울 종로구 세종대로 175".getBytes(StandardCharsets.UTF_8);
		tagged.writeBytes(new byte[] { 0x21, (byte) 0xFE, (byte) comment.length });
		tagged.writeBytes(comment);
		tagged.write(0);
		byte[] xmp = "<x:xmpmeta><exif:GPSLatitude>37,33.99N</exif:GPSLatitude></x:xmpmeta>".getBytes(StandardCharsets.UTF_8);
		tagged.writeBytes(new byte[] { 0x21, (byte) 0xFF, 11 });
		tagged.writeBytes("XMP DataXMP".getBytes(StandardCharsets.US_ASCII));
		tagged.write(xmp.length);
		tagged.writeBytes(xmp);
		tagged.write(0);
		tagged.write(plain, blocks, plain.length - blocks);
		tagged.writeBytes("trailing secrets".getBytes(StandardCharsets.US_ASCII));

		byte[] clean = GifMetadata.strip(tagged.toByteArray());

		String text = new String(clean, StandardCharsets.ISO_8859_1);
		assertThat(text).contains("NETSCAPE2.0").doesNotContain("XMP DataXMP", "GPSLatitude", "trailing secrets");
		assertThat(new String(clean, StandardCharsets.UTF_8)).doesNotContain("세종대로");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(clean));
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getHeight()).isEqualTo(30);
	}

	@Test
	void aTruncatedGifIsDamaged() throws IOException {
		byte[] plain = gif();
		byte[] cut = java.util.Arrays.copyOf(plain, plain.length - 10);
		assertThatThrownBy(() -> GifMetadata.strip(cut)).isInstanceOf(UnsupportedMediaException.class)
			.hasMessage("이미지 파일이 손상되었습니다.");
	}

	private static byte[] gif() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, "gif", bytes)).isTrue();
		return bytes.toByteArray();
	}

}
