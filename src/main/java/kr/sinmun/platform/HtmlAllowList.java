package kr.sinmun.platform;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for HTML that people write and readers see (article bodies, static pages): text
 * structure, links with safe schemes, images, figures with captions, quotes and tables; a gallery of figures
 * ({@code <div class="gallery">}) and a video of an allowed provider ({@code <div data-video-provider="youtube"
 * data-video-id="…">}, see {@link VideoProviders}). Scripts, event handlers, styles, frames and
 * {@code javascript:} URLs never pass.
 */
public final class HtmlAllowList {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i", "u", "s",
				"sub", "sup", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
				"hr", "a", "img", "span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("src", "alt", "width", "height").onElements("img")
		.allowAttributes("width", "height")
		.matching(Pattern.compile("\\d{1,4}"))
		.onElements("img")
		.allowAttributes("class").matching(Pattern.compile("credit|caption")).onElements("span")
		// A div is kept only as a gallery or as a video whose id its provider admits; any other div is dropped
		// and its content kept, as before divs were allowed.
		.allowElements(HtmlAllowList::galleryOrVideo, "div")
		.allowAttributes("class").matching(Pattern.compile("gallery")).onElements("div")
		.allowAttributes("data-video-provider").matching(VideoProviders.KEYS).onElements("div")
		.allowAttributes("data-video-id").matching(Pattern.compile("[A-Za-z0-9_-]{1,20}")).onElements("div")
		.allowAttributes("data-video-title").onElements("div")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("th", "td")
		.allowAttributes("scope").matching(Pattern.compile("row|col")).onElements("th")
		.toFactory();

	private HtmlAllowList() {
	}

	private static String galleryOrVideo(String element, List<String> attributes) {
		String provider = null;
		String id = null;
		boolean gallery = false;
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			switch (attributes.get(i)) {
				case "data-video-provider" -> provider = attributes.get(i + 1);
				case "data-video-id" -> id = attributes.get(i + 1);
				case "class" -> gallery = attributes.get(i + 1).equals("gallery");
				default -> {
				}
			}
		}
		if (provider != null || id != null) {
			String videoId = id;
			boolean admitted = provider != null && VideoProviders.byKey(provider).filter(p -> p.admits(videoId)).isPresent();
			if (!admitted) {
				return null;
			}
			// CASE: a video is not also a gallery.
			for (int i = 0; i + 1 < attributes.size(); i += 2) {
				if (attributes.get(i).equals("class")) {
					attributes.subList(i, i + 2).clear();
					break;
				}
			}
			return element;
		}
		if (!gallery) {
			return null;
		}
		attributes.clear();
		attributes.add("class");
		attributes.add("gallery");
		return element;
	}

	public static String sanitize(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

}
