package kr.sinmun.platform;

import java.util.regex.Pattern;

/**
 * Recognizes crawlers, link-preview bots and headless browsers by User-Agent: what counts as a person reading.
 * Portal and messenger bots matter most here: a link shared in KakaoTalk is fetched by its scraper before anyone
 * reads it, and search engines render pages (scripts and banner slots included) in headless browsers. View
 * counting and banner serving both ask this one class.
 * <p>
 * The portals' crawlers are named by their own signatures (Naver's {@code Yeti/… +http://naver.me/spd}, Daum's
 * {@code Daum/4.1} and {@code Daumoa}: the word followed by a version), never by the bare word: the Naver and Daum apps' in-app browsers, where
 * many Korean readers open articles, write {@code NAVER(inapp; …)} and {@code DaumApps/…} in theirs.
 */
public final class Crawlers {

	private static final Pattern BOT = Pattern.compile(
			"bot|crawl|spider|slurp|scrap|preview|fetch|monitor|curl|wget|python|java/|okhttp|go-http|headless"
					+ "|facebookexternalhit|kakaotalk-scrap|yeti|daum[/ ]?[0-9]|daumoa|naver\\.me/spd|bingpreview|whatsapp|telegram|slack"
					+ "|discord|embedly|pinterest|lighthouse|pagespeed|uptime|httpclient|http-client|axios|node-fetch",
			Pattern.CASE_INSENSITIVE);

	private Crawlers() {
	}

	/** Whether a request with this User-Agent (null when absent) comes from software rather than a person's browser. */
	public static boolean isCrawler(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
	}

}
