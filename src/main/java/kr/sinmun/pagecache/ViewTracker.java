package kr.sinmun.pagecache;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.platform.Crawlers;
import kr.sinmun.ranking.Ranking;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Counts a reader's view of an article page, whether the page came from the cache or was rendered. Who counts
 * (crawlers, repeat views, views per address) is the ranking's rule; this only hands it the request's address,
 * the forwarded one behind a trusted proxy.
 */
@Component
public class ViewTracker {

	private final Ranking ranking;

	ViewTracker(Ranking ranking) {
		this.ranking = ranking;
	}

	public void track(long articleId, HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		// Crawlers are most of the traffic on a hot page: turn them away before hashing anything.
		if (!Crawlers.isCrawler(userAgent)) {
			// The Referer is handed over for its class only (포털, 검색, SNS…); the ranking keeps nothing else of it.
			ranking.recordView(articleId, request.getRemoteAddr(), userAgent, request.getHeader(HttpHeaders.REFERER),
					request.getServerName());
		}
	}

}
