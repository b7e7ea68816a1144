package kr.sinmun.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import kr.sinmun.settings.SiteSettings;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The brand colour as a style sheet of two custom properties. The page's Content-Security-Policy allows no
 * inline style, and the colour is in the address, so each colour's sheet never changes and browsers keep it for
 * a year; a new colour in 설정 is a new address in every page (settings drop every cached page).
 */
@Controller
class BrandStylesheetController {

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	/** Where a page finds the style sheet of {@code color} ({@code #rrggbb}). */
	static String url(String color) {
		return "/brand/" + color.substring(1).toLowerCase(Locale.ROOT) + ".css";
	}

	@GetMapping("/brand/{color:[0-9a-f]{6}}.css")
	ResponseEntity<String> stylesheet(@PathVariable String color) {
		// CASE: a colour too light for text was never accepted in 설정; an address made up with one gets the default.
		String accent = SiteSettings.brandColorProblem("#" + color) == null ? "#" + color : SiteSettings.DEFAULT_BRAND_COLOR;
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(":root { --accent: " + accent + "; --accent-dark: " + darker(accent) + "; }\n");
	}

	// Three quarters of each channel: the shade the masthead and the menu's rule take.
	private static String darker(String color) {
		StringBuilder dark = new StringBuilder("#");
		for (int i = 1; i < 7; i += 2) {
			dark.append(String.format(Locale.ROOT, "%02x", Integer.parseInt(color.substring(i, i + 2), 16) * 3 / 4));
		}
		return dark.toString();
	}

}
