package kr.sinmun.platform;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for HTML that people write and readers see (article bodies, static pages): text
 * structure, links with safe schemes, images, figures with captions, quotes and tables. Scripts, event
 * handlers, styles and {@code javascript:} URLs never pass.
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
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("\\d{1,2}")).onElements("th", "td")
		.allowAttributes("scope").matching(Pattern.compile("row|col")).onElements("th")
		.toFactory();

	private HtmlAllowList() {
	}

	public static String sanitize(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

}
