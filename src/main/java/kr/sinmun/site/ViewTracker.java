package kr.sinmun.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import kr.sinmun.ranking.Ranking;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Counts a reader's view of an article page, whether the page came from the cache or was rendered. The
 * client is identified by a hash of address and browser, never stored beyond the ranking's dedupe window.
 */
@Component
class ViewTracker {

	private final Ranking ranking;

	ViewTracker(Ranking ranking) {
		this.ranking = ranking;
	}

	void track(long articleId, HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		// Crawlers are most of the traffic on a hot page: turn them away before hashing anything.
		if (ranking.isReader(userAgent)) {
			ranking.recordView(articleId, clientKey(request.getRemoteAddr(), userAgent), userAgent);
		}
	}

	static String clientKey(String address, String userAgent) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
