package kr.sinmun.media;

import java.util.Locale;

/** The content type of a stored name, from the extension the library gave it (the bytes were checked then). */
final class MediaTypes {

	private MediaTypes() {
	}

	static String of(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
			return "image/jpeg";
		}
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".webp")) {
			return "image/webp";
		}
		if (lower.endsWith(".gif")) {
			return "image/gif";
		}
		return "application/octet-stream";
	}

}
