package kr.sinmun.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a photo the newsroom inserted (a rendition, {@code /media/…-1280.jpg}) into a {@code <picture>} that
 * offers the WebP copies first and every smaller width, so a phone downloads the 720-pixel WebP instead of
 * the 1280-pixel JPEG. Runs when a page is rendered for the cache, never per view.
 */
final class ResponsiveImages {

	// The rendition widths the media library makes (kr.sinmun.media.Renditions).
	private static final int[] WIDTHS = { 320, 720, 1280 };

	private static final Pattern IMG = Pattern.compile("<img src=\"(/media/[^\"]+)-(\\d{2,4})\\.jpg\"([^>]*)>");

	private static final String SIZES = "(max-width: 760px) 100vw, 760px";

	private ResponsiveImages() {
	}

	static String rewrite(String html) {
		if (html == null || !html.contains("/media/")) {
			return html;
		}
		Matcher matcher = IMG.matcher(html);
		StringBuilder out = new StringBuilder(html.length() + 512);
		while (matcher.find()) {
			String base = matcher.group(1);
			int width = Integer.parseInt(matcher.group(2));
			List<Integer> widths = new ArrayList<>();
			for (int candidate : WIDTHS) {
				if (candidate < width) {
					widths.add(candidate);
				}
			}
			widths.add(width);
			String rest = matcher.group(3);
			String picture = "<picture><source type=\"image/webp\" srcset=\"" + srcset(base, widths, "webp") + "\" sizes=\""
					+ SIZES + "\"><img src=\"" + base + "-" + width + ".jpg\" srcset=\"" + srcset(base, widths, "jpg")
					+ "\" sizes=\"" + SIZES + "\"" + rest + "></picture>";
			matcher.appendReplacement(out, Matcher.quoteReplacement(picture));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String srcset(String base, List<Integer> widths, String extension) {
		List<String> parts = new ArrayList<>();
		for (int width : widths) {
			parts.add(base + "-" + width + "." + extension + " " + width + "w");
		}
		return String.join(", ", parts);
	}

}
