package kr.sinmun.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.SiteSettings;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The brand colour as a style sheet of two custom properties, and the paper's icon in it. The page's Content-Security-Policy allows no
 * inline style, and the colour is in the address, so each colour's sheet never changes and browsers keep it for
 * a year; a new colour in 설정 is a new address in every page (settings drop every cached page).
 */
@Controller
class BrandStylesheetController {

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	// Drawn once per colour and size; a handful of colours at most, bounded all the same.
	private final Cache<String, byte[]> icons = Caffeine.newBuilder().maximumSize(32).build();

	private final SiteSettings settings;

	private final BrandLogo logos;

	BrandStylesheetController(SiteSettings settings, BrandLogo logos) {
		this.settings = settings;
		this.logos = logos;
	}

	/** Where a page finds the style sheet of {@code color} ({@code #rrggbb}). */
	static String url(String color) {
		return "/brand/" + color.substring(1).toLowerCase(Locale.ROOT) + ".css";
	}

	@GetMapping("/brand/{color:[0-9a-f]{6}}.css")
	ResponseEntity<String> stylesheet(@PathVariable String color) {
		String accent = accent(color);
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(":root { --accent: " + accent + "; --accent-dark: " + darker(accent) + "; }\n");
	}

	/** Where a page finds the icon of {@code color}: SVG, or PNG of {@code size} pixels when size is given. */
	static String iconUrl(String color, Integer size) {
		String hex = color.substring(1).toLowerCase(Locale.ROOT);
		return size == null ? "/brand/" + hex + ".svg" : "/brand/" + hex + "-" + size + ".png";
	}

	@GetMapping("/brand/{color:[0-9a-f]{6}}.svg")
	ResponseEntity<String> icon(@PathVariable String color) {
		return ResponseEntity.ok()
			.contentType(SVG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(BrandIcons.svg(accent(color)));
	}

	// The sizes pages link: the tab icon, and the home-screen icon iOS and Android ask for.
	@GetMapping("/brand/{color:[0-9a-f]{6}}-{size:32|180|192}.png")
	ResponseEntity<byte[]> icon(@PathVariable String color, @PathVariable int size) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(icons.get(accent(color) + "-" + size, key -> BrandIcons.png(accent(color), size)));
	}

	// Asked for by browsers, feed readers and crawlers that read no <link rel="icon">: the current colour's
	// icon, kept a day since the colour can change under this address. Browsers take PNG data here.
	@GetMapping("/favicon.ico")
	ResponseEntity<byte[]> favicon() {
		var logoIcon = logos.icon(32);
		if (logoIcon.isPresent()) {
			return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(logoIcon.get().body());
		}
		String color = accent(settings.brandColor().substring(1).toLowerCase(Locale.ROOT));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(icons.get(color + "-32", key -> BrandIcons.png(color, 32)));
	}

	/**
	 * The logo uploaded in 설정 and the pictures drawn from it, by an address that carries the file's hash: a
	 * new logo is a new address in every page, so each answer is kept for a year. An address of a replaced logo
	 * is a 404.
	 */
	@GetMapping("/brand/file/{name:[a-z0-9-]+}-{hash:[0-9a-f]{16}}.{extension:svg|png}")
	ResponseEntity<byte[]> logoFile(@PathVariable String name, @PathVariable String hash,
			@PathVariable String extension) {
		return logos.file(name, hash)
			.filter(file -> file.url().endsWith("." + extension))
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.mediaType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				// CASE: an SVG opened on its own is a document; the allow-list removed scripts, this forbids them.
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
				.body(file.body()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	// CASE: a colour too light for text was never accepted in 설정; an address made up with one gets the default.
	private static String accent(String hex) {
		return SiteSettings.brandColorProblem("#" + hex) == null ? "#" + hex : SiteSettings.DEFAULT_BRAND_COLOR;
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
