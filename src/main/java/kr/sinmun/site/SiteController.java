package kr.sinmun.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.article.ArticleNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reader pages. Each answer is a rendered page that the page cache may keep. */
@Controller
class SiteController {

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final SiteViews views;

	private final PageRenderer renderer;

	private final ViewTracker viewTracker;

	private final String cacheControl;

	SiteController(SiteViews views, PageRenderer renderer, ViewTracker viewTracker, PageCacheProperties cache) {
		this.views = views;
		this.renderer = renderer;
		this.viewTracker = viewTracker;
		// Browsers revalidate every time (with the ETag); a CDN may keep a page as long as this node does, and
		// serve it a little longer while it fetches the new one.
		this.cacheControl = "public, max-age=0, must-revalidate, s-maxage=" + cache.ttl().toSeconds()
				+ ", stale-while-revalidate=" + cache.staleWhileRevalidate().toSeconds();
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home() {
		return html(renderer.render("site/home.jte", views.home()), PageKeys.HOME);
	}

	@GetMapping("/section/{slug}")
	ResponseEntity<byte[]> section(@PathVariable String slug, @RequestParam(defaultValue = "1") String page) {
		int number = PageNumbers.parse(page);
		SectionPage view = views.section(slug, number).orElseThrow(() -> new PageNotFoundException());
		return html(renderer.render("site/section.jte", view), PageKeys.section(view.sectionId()));
	}

	// The id must be digits; a trailing slug (/news/12/some-title) is allowed for readable links and ignored.
	@GetMapping({ "/news/{id:\\d{1,18}}", "/news/{id:\\d{1,18}}/{slug}" })
	ResponseEntity<byte[]> article(@PathVariable long id, HttpServletRequest request) {
		ArticlePageView view = views.article(id).orElseThrow(() -> new ArticleNotFoundException(id));
		byte[] body = renderer.render("site/article.jte", view);
		viewTracker.track(id, request);
		return html(body, PageKeys.article(id));
	}

	@GetMapping("/reporter/{id:\\d{1,18}}")
	ResponseEntity<byte[]> reporter(@PathVariable long id, @RequestParam(defaultValue = "1") String page) {
		ReporterPageView view = views.reporter(id, PageNumbers.parse(page)).orElseThrow(PageNotFoundException::new);
		return html(renderer.render("site/reporter.jte", view), PageKeys.reporter(id));
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String section, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page) {
		SearchPageView view = views.search(q, section, from, to, sort, page);
		byte[] body = renderer.render("site/search.jte", view);
		// Results change with every publish and queries are endless: never stored by shared caches.
		return ResponseEntity.status(view.error() == null ? 200 : 400)
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	@GetMapping("/page/{slug}")
	ResponseEntity<byte[]> staticPage(@PathVariable String slug) {
		StaticPageView view = views.staticPage(slug).orElseThrow(PageNotFoundException::new);
		return html(renderer.render("site/static.jte", view), PageKeys.page(slug));
	}

	// The keys name what the page shows, for this node's cache and a CDN's purge (Surrogate-Key, Cache-Tag).
	private ResponseEntity<byte[]> html(byte[] body, String key) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.header("Cache-Control", cacheControl)
			.header(PageKeys.SURROGATE_KEY, PageKeys.SITE + " " + key)
			.header(PageKeys.CACHE_TAG, PageKeys.SITE + "," + key)
			.body(body);
	}

}
