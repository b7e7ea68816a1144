package kr.sinmun.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrawlersTests {

	@Test
	void readersInThePortalAppsAndMessengersInAppBrowsersArePeople() {
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (Linux; Android 14; SM-S921N Build/UP1A.231005.007; wv) "
				+ "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.0.0 Mobile Safari/537.36 "
				+ "NAVER(inapp; search; 2000; 12.6.2)")).isFalse();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Mobile/15E148 DaumApps/8.5.1 DaumDevice/mobile")).isFalse();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Mobile/15E148 KAKAOTALK 10.8.0")).isFalse();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 Whale/4.29.282.14")).isFalse();
	}

	@Test
	void thePortalsCrawlersAndLinkPreviewsAreNot() {
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (compatible; Yeti/1.1; +http://naver.me/spd)")).isTrue();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (compatible; Daum/4.1; +http://cs.daum.net/faq/15/4118.html?faqId=28966)"))
			.isTrue();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (compatible; Daumoa/4.0)")).isTrue();
		assertThat(Crawlers.isCrawler("Daum 4.1")).isTrue();
		assertThat(Crawlers.isCrawler("facebookexternalhit/1.1;kakaotalk-scrap/1.0;")).isTrue();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
		assertThat(Crawlers.isCrawler("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "HeadlessChrome/131.0.0.0 Safari/537.36")).isTrue();
		assertThat(Crawlers.isCrawler(null)).isTrue();
		assertThat(Crawlers.isCrawler(" ")).isTrue();
	}

}
