package kr.sinmun.site;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.pagecache.PageNumbers;
import kr.sinmun.pagecache.ViewTracker;
import kr.sinmun.platform.CachePolicy;
import kr.sinmun.platform.Crawlers;
import kr.sinmun.search.SearchMisses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	private final HomeViews homeViews;

	private final ListViews listViews;

	private final ArticleViews articleViews;

	private final SearchViews searchViews;

	private final StaticPageViews staticPageViews;

	private final PageRenderer renderer;

	private final ViewTracker viewTracker;

	private final SearchMisses searchMisses;

	private final String cacheControl;

	private final String redirectCacheControl;

	private final String searchCacheControl;

	SiteController(HomeViews homeViews, ListViews listViews, ArticleViews articleViews, SearchViews searchViews,
			StaticPageViews staticPageViews, PageRenderer renderer, ViewTracker viewTracker, SearchMisses searchMisses, CachePolicy policy) {
		this.homeViews = homeViews;
		this.listViews = listViews;
		this.articleViews = articleViews;
		this.searchViews = searchViews;
		this.staticPageViews = staticPageViews;
		this.renderer = renderer;
		this.viewTracker = viewTracker;
		this.searchMisses = searchMisses;
		this.cacheControl = policy.cacheControl(CachePolicy.Kind.PAGE);
		this.redirectCacheControl = policy.cacheControl(CachePolicy.Kind.REDIRECT);
		this.searchCacheControl = policy.cacheControl(CachePolicy.Kind.SEARCH);
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home() {
		HomePage view = homeViews.home();
		// The 오피니언 box shows its writers' portraits and its columns' names: a new portrait, or a renamed 연재,
		// drops the home page too.
		String[] keys = Stream
			.concat(Stream.concat(Stream.of(PageKeys.HOME), view.reporterIds().stream().map(PageKeys::reporter)),
					view.seriesIds().stream().map(PageKeys::series))
			.toArray(String[]::new);
		return html(renderer.render("site/home.jte", view), view.chrome(), keys);
	}

	// The page number is read from the raw query exactly as the page cache reads it (PageLookup).
	@GetMapping("/section/{slug}")
	ResponseEntity<byte[]> section(@PathVariable String slug, HttpServletRequest request) {
		int number = PageNumbers.fromQuery(request.getQueryString());
		SectionPage view = listViews.section(slug, number).orElseThrow(PageNotFoundException::new);
		// A parent's page carries its sub-sections' keys too: a publish in 금융 drops the 경제 page.
		return html(renderer.render("site/section.jte", view), view.chrome(),
				view.sectionIds().stream().map(PageKeys::section).toArray(String[]::new));
	}

	// A series (연재): its episodes, paged like a section; 404 for an unknown or ended one.
	@GetMapping("/series/{slug}")
	ResponseEntity<byte[]> series(@PathVariable String slug, HttpServletRequest request) {
		int number = PageNumbers.fromQuery(request.getQueryString());
		SeriesPageView view = listViews.series(slug, number).orElseThrow(PageNotFoundException::new);
		return html(renderer.render("site/series.jte", view), view.chrome(), PageKeys.series(view.seriesId()));
	}

	// The id must be digits. The canonical address is /news/{id}; a trailing slug (/news/12/some-title) or a
	// padded id (/news/012) is sent there, so that made-up addresses cannot each cost a render and a cache entry.
	// The page cache's valve answers these redirects itself; this is for the requests it leaves to the application.
	@GetMapping({ "/news/{id:\\d{1,18}}", "/news/{id:\\d{1,18}}/{slug}" })
	ResponseEntity<byte[]> article(@PathVariable long id, HttpServletRequest request) {
		String canonical = "/news/" + id;
		if (!canonical.equals(request.getRequestURI())) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(canonical))
				.header(HttpHeaders.CACHE_CONTROL, redirectCacheControl)
				.build();
		}
		ArticlePageView view = articleViews.article(id).orElseThrow(() -> new ArticleNotFoundException(id));
		byte[] body = renderer.render("site/article.jte", view);
		viewTracker.track(id, request);
		// The reporter card and bylines: a new portrait, or the reporter's next article, drops this page too.
		// Its series' box and label: the series' next episode, or a change to the series, drops this page too.
		String[] keys = Stream.concat(Stream.concat(Stream.of(PageKeys.article(id)),
				view.meta().reporterIds().stream().map(PageKeys::reporter)),
				view.series() == null ? Stream.empty() : Stream.of(PageKeys.series(view.series().id()))).toArray(String[]::new);
		return html(body, view.chrome(), keys);
	}

	@GetMapping("/reporter/{id:\\d{1,18}}")
	ResponseEntity<byte[]> reporter(@PathVariable long id, HttpServletRequest request) {
		ReporterPageView view = listViews.reporter(id, PageNumbers.fromQuery(request.getQueryString()))
			.orElseThrow(PageNotFoundException::new);
		return html(renderer.render("site/reporter.jte", view), view.chrome(), PageKeys.reporter(id));
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String section, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, HttpServletRequest request) {
		SearchPageView view = searchViews.search(q, section, from, to, sort, page);
		// CASE: only a search of the whole archive that found nothing is a term the desk may want in the synonym
		// dictionary; one narrowed to a section or dates may simply have asked too little.
		if (view.error() == null && view.total() == 0 && !view.query().isEmpty() && blank(section) && blank(from) && blank(to)
				&& (blank(page) || "1".equals(page.strip())) && !Crawlers.isCrawler(request.getHeader(HttpHeaders.USER_AGENT))) {
			searchMisses.record(view.query());
		}
		byte[] body = renderer.render("site/search.jte", view);
		// Results change with every publish and queries are endless: never stored by shared caches.
		return ResponseEntity.status(view.error() == null ? 200 : 400)
			.contentType(HTML)
			.header(HttpHeaders.CACHE_CONTROL, searchCacheControl)
			.body(body);
	}

	@GetMapping("/page/{slug}")
	ResponseEntity<byte[]> staticPage(@PathVariable String slug) {
		StaticPageView view = staticPageViews.staticPage(slug).orElseThrow(PageNotFoundException::new);
		return html(renderer.render("site/static.jte", view), view.chrome(), PageKeys.page(slug));
	}

	// The keys name what the page shows, for this node's cache and a CDN's purge (Surrogate-Key, Cache-Tag): the
	// page itself, and its kind (and section) for the banner slots it shows or leaves out.
	private ResponseEntity<byte[]> html(byte[] body, Chrome chrome, String... pageKeys) {
		AdPlaces ads = chrome.ads();
		List<String> all = new ArrayList<>(List.of(pageKeys));
		all.add(PageKeys.ads(ads.pageKind()));
		if (ads.sectionId() != null) {
			all.add(PageKeys.ads(ads.pageKind(), ads.sectionId()));
		}
		String[] keys = all.toArray(String[]::new);
		return PageKeys.tag(ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CACHE_CONTROL, cacheControl), keys)
			.body(body);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
