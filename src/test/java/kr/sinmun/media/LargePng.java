package kr.sinmun.media;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A large RGB PNG written row by row, so that a 7000×7000 photo (49 megapixels, under the 50-megapixel limit) is
 * made without ever holding its 147 MB of pixels: a diagonal gradient, compressed like a photo would not be, but
 * decoded exactly like one.
 */
final class LargePng {

	private LargePng() {
	}

	static byte[] rgb(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream fields = new DataOutputStream(header);
		fields.writeInt(width);
		fields.writeInt(height);
		fields.write(new byte[] { 8, 2, 0, 0, 0 });
		chunk(png, "IHDR", header.toByteArray());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		try (OutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
			byte[] row = new byte[1 + width * 3];
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					row[1 + x * 3] = (byte) (x * 255 / width);
					row[2 + x * 3] = (byte) (y * 255 / height);
					row[3 + x * 3] = (byte) ((x / 64 + y / 64) & 0xFF);
				}
				deflate.write(row);
			}
		}
		chunk(png, "IDAT", pixels.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		out.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
