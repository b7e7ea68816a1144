package kr.sinmun.ranking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Sorts a Referer header into a {@link Referrer} class. Only the host is looked at, and only the class is kept:
 * the path (which may carry a search term or a user name) is never read. Rules go from the most specific host to
 * the least, so {@code search.naver.com} is 검색 while {@code news.naver.com} and {@code www.naver.com} are 포털.
 */
final class ReferrerClasses {

	private record Rule(String host, Referrer referrer) {

		boolean matches(String candidate) {
			return candidate.equals(host) || candidate.endsWith("." + host);
		}

	}

	// CASE: the order matters; the first rule whose host is the referrer's host or a parent domain of it wins.
	private static final List<Rule> RULES = List.of(
			// Search results of the portals and search engines.
			new Rule("search.naver.com", Referrer.SEARCH), new Rule("search.daum.net", Referrer.SEARCH),
			new Rule("search.zum.com", Referrer.SEARCH), new Rule("search.nate.com", Referrer.SEARCH),
			new Rule("news.google.com", Referrer.PORTAL), new Rule("google.com", Referrer.SEARCH),
			new Rule("google.co.kr", Referrer.SEARCH), new Rule("bing.com", Referrer.SEARCH),
			new Rule("search.yahoo.com", Referrer.SEARCH), new Rule("duckduckgo.com", Referrer.SEARCH),
			new Rule("googlequicksearchbox", Referrer.SEARCH),
			// Blogs, cafés and social networks, before the portals that host some of them.
			new Rule("blog.naver.com", Referrer.SNS), new Rule("cafe.naver.com", Referrer.SNS),
			new Rule("band.us", Referrer.SNS), new Rule("cafe.daum.net", Referrer.SNS),
			new Rule("story.kakao.com", Referrer.SNS), new Rule("facebook.com", Referrer.SNS),
			new Rule("instagram.com", Referrer.SNS), new Rule("threads.net", Referrer.SNS),
			new Rule("t.co", Referrer.SNS), new Rule("x.com", Referrer.SNS), new Rule("twitter.com", Referrer.SNS),
			new Rule("youtube.com", Referrer.SNS), new Rule("linkedin.com", Referrer.SNS),
			new Rule("tistory.com", Referrer.SNS),
			// Portals: their news services and home pages (the Naver app passes itself as com.nhn.android.search).
			new Rule("naver.com", Referrer.PORTAL), new Rule("com.nhn.android.search", Referrer.PORTAL),
			new Rule("daum.net", Referrer.PORTAL), new Rule("kakao.com", Referrer.PORTAL),
			new Rule("nate.com", Referrer.PORTAL), new Rule("zum.com", Referrer.PORTAL));

	private ReferrerClasses() {
	}

	/**
	 * @param referer the Referer header as sent, or {@code null}
	 * @param siteHost the host this request was made to, so the paper's own pages count as {@link Referrer#INTERNAL}
	 */
	static Referrer classify(String referer, String siteHost) {
		if (referer == null || referer.isBlank()) {
			return Referrer.DIRECT;
		}
		String host = host(referer.strip());
		if (host == null) {
			return Referrer.OTHER;
		}
		if (siteHost != null && host.equals(siteHost.toLowerCase(Locale.ROOT))) {
			return Referrer.INTERNAL;
		}
		for (Rule rule : RULES) {
			if (rule.matches(host)) {
				return rule.referrer();
			}
		}
		return Referrer.OTHER;
	}

	private static String host(String referer) {
		try {
			URI uri = new URI(referer);
			String host = uri.getHost();
			if (host == null && "android-app".equalsIgnoreCase(uri.getScheme())) {
				// android-app://com.google.android.googlequicksearchbox/ has an authority that is no host name.
				host = uri.getAuthority();
			}
			return host == null ? null : host.toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
