package kr.sinmun.ranking;

import java.util.regex.Pattern;

/**
 * Recognizes crawlers and link-preview bots by User-Agent. Portal and messenger bots matter most here: a link
 * shared in KakaoTalk is fetched by its scraper before anyone reads it.
 */
final class Crawlers {

	private static final Pattern BOT = Pattern.compile(
			"bot|crawl|spider|slurp|scrap|preview|fetch|monitor|curl|wget|python|java/|okhttp|go-http|headless"
					+ "|facebookexternalhit|kakaotalk-scrap|yeti|daum|daumoa|naver|bingpreview|whatsapp|telegram|slack"
					+ "|discord|embedly|pinterest|lighthouse|pagespeed|uptime|httpclient|http-client|axios|node-fetch",
			Pattern.CASE_INSENSITIVE);

	private Crawlers() {
	}

	static boolean isCrawler(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent).find();
	}

}
