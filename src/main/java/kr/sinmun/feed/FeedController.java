package kr.sinmun.feed;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.platform.CachePolicy;
import kr.sinmun.section.Sections;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds, sitemaps and robots.txt. Each answer carries Last-Modified (and the page cache adds an ETag), so
 * crawlers that poll every few minutes get 304 until something is published.
 */
@Controller
class FeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final RssFeeds feeds;

	private final Sitemaps sitemaps;

	private final Sections sections;

	private final String cacheControl;

	FeedController(RssFeeds feeds, Sitemaps sitemaps, Sections sections, CachePolicy policy) {
		this.feeds = feeds;
		this.sitemaps = sitemaps;
		this.sections = sections;
		this.cacheControl = policy.cacheControl(CachePolicy.Kind.FEED);
	}

	@GetMapping("/rss/{name:[a-zA-Z0-9-]+}.xml")
	ResponseEntity<byte[]> rss(@PathVariable String name, WebRequest request) {
		RssFeeds.Feed feed;
		if ("allArticle".equals(name)) {
			feed = feeds.all();
		}
		else {
			feed = sections.bySlug(name).map(feeds::section).orElse(null);
			if (feed == null) {
				throw notFound();
			}
		}
		if (request.checkNotModified(feed.lastModified().toEpochMilli())) {
			return null;
		}
		return answer(RSS, feed.body(), feed.lastModified());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index() {
		return answer(XML, sitemaps.index(), null);
	}

	@GetMapping("/sitemap-articles-{month}.xml")
	ResponseEntity<byte[]> month(@PathVariable String month) {
		YearMonth parsed;
		try {
			parsed = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw notFound();
		}
		return sitemaps.month(parsed).map(body -> answer(XML, body, null)).orElseThrow(FeedController::notFound);
	}

	@GetMapping("/sitemap-sections.xml")
	ResponseEntity<byte[]> sectionsSitemap() {
		return answer(XML, sitemaps.sections(), null);
	}

	@GetMapping("/sitemap-pages.xml")
	ResponseEntity<byte[]> pagesSitemap() {
		return answer(XML, sitemaps.pages(), null);
	}

	@GetMapping("/sitemap-news.xml")
	ResponseEntity<byte[]> news() {
		return answer(XML, sitemaps.news(), null);
	}

	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots() {
		return answer(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8), sitemaps.robots(), null);
	}

	// Sent through the container's error handling, so the reader gets the site's Korean 404 page.
	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<byte[]> answer(MediaType type, byte[] body, Instant lastModified) {
		// Pages and feeds alike: a CDN keeps them as long as a node's page cache does. Feeds change with every
		// publish: the page cache and a CDN drop them by their key.
		ResponseEntity.BodyBuilder builder = PageKeys.tag(
				ResponseEntity.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, cacheControl), PageKeys.FEED);
		if (lastModified != null && lastModified.isAfter(Instant.EPOCH)) {
			builder.lastModified(lastModified);
		}
		return builder.body(body);
	}

}
