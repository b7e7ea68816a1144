package kr.sinmun.media;

import java.io.ByteArrayOutputStream;

/**
 * A GIF is kept as uploaded, to keep its animation, but not what it says about where it came from: comment
 * blocks and application blocks (XMP, with the place and the author, is written as one: "XMP DataXMP") are left
 * out, and so is anything after the trailer. Only the looping block (NETSCAPE2.0 / ANIMEXTS1.0) is an application
 * block the picture needs. Follows the block structure of GIF89a (W3C/CompuServe, 1990), section 17 onwards.
 */
final class GifMetadata {

	private GifMetadata() {
	}

	static byte[] strip(byte[] gif) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(gif.length);
		int at = 13; // header (6) and logical screen descriptor (7)
		need(gif, at);
		if ((gif[10] & 0x80) != 0) {
			at += 3 * (1 << ((gif[10] & 0x07) + 1)); // global colour table
		}
		need(gif, at);
		out.write(gif, 0, at);
		while (true) {
			need(gif, at + 1);
			int block = gif[at] & 0xff;
			if (block == 0x3B) {
				out.write(0x3B);
				return out.toByteArray();
			}
			if (block == 0x2C) {
				int start = at;
				need(gif, at + 11);
				int flags = gif[at + 9] & 0xff;
				at += 10;
				if ((flags & 0x80) != 0) {
					at += 3 * (1 << ((flags & 0x07) + 1)); // local colour table
				}
				at += 1; // LZW minimum code size
				at = subBlocks(gif, at);
				out.write(gif, start, at - start);
			}
			else if (block == 0x21) {
				need(gif, at + 2);
				int label = gif[at + 1] & 0xff;
				int start = at;
				boolean keep = label == 0xF9 || label == 0x01 || (label == 0xFF && looping(gif, at + 2));
				at = subBlocks(gif, at + 2);
				if (keep) {
					out.write(gif, start, at - start);
				}
			}
			else {
				throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
			}
		}
	}

	private static boolean looping(byte[] gif, int at) {
		if (at + 12 > gif.length || (gif[at] & 0xff) != 11) {
			return false;
		}
		String identifier = new String(gif, at + 1, 11, java.nio.charset.StandardCharsets.US_ASCII);
		return identifier.equals("NETSCAPE2.0") || identifier.equals("ANIMEXTS1.0");
	}

	// Data sub-blocks: a length byte and that many bytes, until a zero length. Returns where the next block starts.
	private static int subBlocks(byte[] gif, int at) {
		while (true) {
			need(gif, at + 1);
			int length = gif[at] & 0xff;
			at += 1 + length;
			if (length == 0) {
				return at;
			}
		}
	}

	private static void need(byte[] gif, int length) {
		if (length > gif.length) {
			throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
		}
	}

}
