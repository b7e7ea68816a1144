package kr.sinmun.pagecache;

import java.util.Locale;

/**
 * Picks the stored encoding a client accepts, from its {@code Accept-Encoding} header: Brotli, then gzip, then
 * the plain bytes. A coding listed with {@code q=0} is refused, as RFC 9110 says; {@code *} stands for any
 * coding not listed.
 */
enum Encodings {

	BROTLI, GZIP, IDENTITY;

	static Encodings preferred(String acceptEncoding, boolean brotliStored) {
		if (acceptEncoding == null || acceptEncoding.isEmpty()) {
			return IDENTITY;
		}
		Boolean brotli = null;
		Boolean gzip = null;
		Boolean any = null;
		for (String part : acceptEncoding.split(",")) {
			int semicolon = part.indexOf(';');
			String coding = (semicolon < 0 ? part : part.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
			boolean accepted = semicolon < 0 || !refused(part.substring(semicolon + 1));
			switch (coding) {
				case "br" -> brotli = accepted;
				case "gzip", "x-gzip" -> gzip = accepted;
				case "*" -> any = accepted;
				default -> {
				}
			}
		}
		if (brotliStored && Boolean.TRUE.equals(brotli != null ? brotli : any)) {
			return BROTLI;
		}
		if (Boolean.TRUE.equals(gzip != null ? gzip : any)) {
			return GZIP;
		}
		return IDENTITY;
	}

	// "q=0", "q=0.0", "q=0.000": the client says it cannot take this coding.
	private static boolean refused(String parameters) {
		for (String parameter : parameters.split(";")) {
			String trimmed = parameter.trim();
			if (trimmed.startsWith("q=") || trimmed.startsWith("Q=")) {
				try {
					return Double.parseDouble(trimmed.substring(2).trim()) <= 0;
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
		}
		return false;
	}

}
