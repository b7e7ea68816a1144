package kr.sinmun.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kakao's news feeding API ({@code sinmun.portal.kakao}). The partner ID and API key come from Kakao after
 * the partnership is approved; the key decides test or production, and so does the URL (production
 * {@code https://gate-partners.harmony.kakao.com}, test {@code https://gate-partners-test.harmony.kakao.com}).
 * Without an ID and a key nothing is queued.
 */
@ConfigurationProperties("sinmun.portal.kakao")
record KakaoProperties(@DefaultValue("https://gate-partners.harmony.kakao.com") String url, @DefaultValue("") String id,
		@DefaultValue("") String key, @DefaultValue("/api/v1/contents") String contentsPath,
		@DefaultValue("10") int maxAttempts, @DefaultValue("5s") Duration timeout) {

	boolean configured() {
		return !id.isBlank() && !key.isBlank();
	}

	// The key is a secret: it never appears in logs or error messages.
	@Override
	public String toString() {
		return "KakaoProperties[url=" + url + ", configured=" + configured() + "]";
	}

}
