package kr.sinmun.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.platform.CachePolicy;
import kr.sinmun.staticpage.StaticPage;
import kr.sinmun.staticpage.StaticPages;
import kr.sinmun.tipoff.TipRejectedException;
import kr.sinmun.tipoff.TipSubmission;
import kr.sinmun.tipoff.Tips;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 기사제보: the form readers send tips with. Not kept by the page cache (a form answered per reader); the page
 * above the form is the newsroom's static page {@value #PAGE_SLUG}, edited like the other footer pages.
 *
 * <p>Spam is kept out without anyone else's captcha: a field people never see (a bot that fills it is thanked
 * and nothing is stored) and an hourly limit per address, in {@link Tips}.
 */
@Controller
class TipController {

	static final String PATH = "/tip";

	static final String PAGE_SLUG = "tip";

	/** The field people never see: named like one a form-filling bot is glad to fill. */
	static final String TRAP = "homepage";

	private final Tips tips;

	private final StaticPages staticPages;

	private final PageChrome chrome;

	private final PageRenderer renderer;

	private final String noStore;

	TipController(Tips tips, StaticPages staticPages, PageChrome chrome, PageRenderer renderer, CachePolicy policy) {
		this.tips = tips;
		this.staticPages = staticPages;
		this.chrome = chrome;
		this.renderer = renderer;
		this.noStore = policy.cacheControl(CachePolicy.Kind.SEARCH);
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> form(@RequestParam(required = false) String sent) {
		return page(200, TipPageView.Form.EMPTY, Map.of(), sent != null);
	}

	@PostMapping(PATH)
	ResponseEntity<byte[]> send(@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String contact, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) String consent, @RequestParam(name = TRAP, defaultValue = "") String trap,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request) {
		if (!trap.isEmpty()) {
			// CASE: only a bot fills the field people never see; it gets the thanks a person would, and nothing is kept.
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, PATH + "?sent").build();
		}
		List<TipSubmission.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new TipSubmission.Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		try {
			tips.submit(new TipSubmission(name, contact, body, consent != null, uploads), request.getRemoteAddr());
		}
		catch (TipRejectedException ex) {
			return page(ex.status(), new TipPageView.Form(name, contact, body, consent != null, !uploads.isEmpty()),
					ex.problems(), false);
		}
		return ResponseEntity.status(303).header(HttpHeaders.LOCATION, PATH + "?sent").build();
	}

	private ResponseEntity<byte[]> page(int status, TipPageView.Form form, Map<String, String> errors, boolean sent) {
		StaticPage intro = staticPages.bySlug(PAGE_SLUG).orElse(null);
		TipPageView view = new TipPageView(chrome.of("page", null), intro == null ? "기사제보" : intro.title(),
				intro == null ? "" : intro.bodyHtml(), form, errors, sent,
				new TipPageView.Limits(tips.maxFiles(), Math.max(1, tips.maxFileBytes() / (1024 * 1024)),
						tips.retentionDays(), Tips.BODY_MAX, tips.maxFileBytes()));
		return ResponseEntity.status(status)
			.contentType(SiteController.HTML)
			.header(HttpHeaders.CACHE_CONTROL, noStore)
			.body(renderer.render("site/tip.jte", view));
	}

}
