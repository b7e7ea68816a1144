package kr.sinmun.ads;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.platform.Crawlers;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reader side of banners. Pages are cached whole, so slots are filled afterwards by the page's script:
 * one small request per slot as it nears the screen. Impressions arrive as beacons once the banner is half
 * in view; clicks go through {@code /ad/click/{id}}, which only ever redirects to the campaign's stored URL.
 */
@RestController
class AdController {

	private final Banners banners;

	private final AdTokens tokens;

	private final Sections sections;

	private final java.time.Clock clock;

	AdController(Banners banners, AdTokens tokens, Sections sections, java.time.Clock clock) {
		this.clock = clock;
		this.banners = banners;
		this.tokens = tokens;
		this.sections = sections;
	}

	// CASE: search engines render pages, scripts included, in headless browsers; a serve they trigger would use up
	// a campaign's daily cap for nobody. Crawlers get an empty slot.
	@GetMapping(path = "/ad/fill", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> fill(@RequestParam(defaultValue = "") String slot,
			@RequestParam(required = false) String section, HttpServletRequest request) {
		if (Crawlers.isCrawler(request.getHeader("User-Agent"))) {
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
		}
		Integer sectionId = section == null ? null : sections.bySlug(section).map(Section::id).orElse(null);
		Optional<Banners.Fill> fill = banners.fill(slot, sectionId);
		if (fill.isEmpty()) {
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
		}
		Campaign campaign = fill.get().campaign();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slot", slot);
		body.put("width", fill.get().slot().width());
		body.put("height", fill.get().slot().height());
		body.put("label", "광고");
		body.put("click", "/ad/click/" + campaign.id());
		body.put("token", tokens.issue(campaign.id(), slot, LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL)));
		if (campaign.kind().equals("IMAGE")) {
			body.put("image", Map.of("src", campaign.imageUrl(), "width", campaign.imageWidth(), "height",
					campaign.imageHeight(), "alt", campaign.altText() == null ? campaign.advertiser() : campaign.altText()));
		}
		else if (campaign.allowScript()) {
			body.put("frame", "/ad/frame/" + campaign.id());
		}
		else {
			body.put("html", campaign.html());
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	@PostMapping("/ad/impression")
	ResponseEntity<Void> impression(@RequestBody(required = false) String token, HttpServletRequest request) {
		long campaign = tokens.redeem(token == null ? null : token.strip(), LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL));
		if (campaign < 0) {
			return ResponseEntity.badRequest().build();
		}
		if (!Crawlers.isCrawler(request.getHeader("User-Agent"))) {
			banners.countImpression(campaign);
		}
		return ResponseEntity.noContent().build();
	}

	// CASE: an unknown, ended or malformed campaign id goes home, never to a URL from the request.
	@GetMapping("/ad/click/{id}")
	ResponseEntity<Void> click(@PathVariable String id, HttpServletRequest request) {
		Optional<String> target = Optional.empty();
		if (id.matches("\\d{1,18}")) {
			target = banners.click(Long.parseLong(id), !Crawlers.isCrawler(request.getHeader("User-Agent")));
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(target.orElse("/")))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer-when-downgrade")
			.build();
	}

	/**
	 * A third-party tag the administrator allowed to run scripts, isolated in a sandboxed frame of its own
	 * (opaque origin: no access to the paper's page, cookies or storage).
	 */
	@GetMapping("/ad/frame/{id}")
	ResponseEntity<byte[]> frame(@PathVariable String id) {
		Optional<Campaign> campaign = id.matches("\\d{1,18}") ? banners.campaign(Long.parseLong(id)) : Optional.empty();
		if (campaign.isEmpty() || !campaign.get().allowScript() || !campaign.get().status().equals("APPROVED")) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		String html = "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>광고</title>"
				+ "<style>body{margin:0}</style></head><body>" + campaign.get().html() + "</body></html>";
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox")
			.cacheControl(CacheControl.noStore())
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

}
