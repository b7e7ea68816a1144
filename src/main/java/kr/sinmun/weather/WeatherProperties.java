package kr.sinmun.weather;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * KMA access. Keys come from {@code SINMUN_KMA_APIHUB_KEY} and {@code SINMUN_KMA_DATA_PORTAL_KEY} (mapped onto
 * these settings in {@code application.yml}, since the names administrators are told do not follow the
 * prefix) and are never logged; either the encoded or the decoded form of a data portal key works. The base
 * URLs ({@code SINMUN_KMA_APIHUB_URL}, {@code SINMUN_KMA_DATA_PORTAL_URL}) are settings so a proxy or a test
 * can stand in.
 */
@ConfigurationProperties("sinmun.weather")
record WeatherProperties(String apihubKey, String dataPortalKey,
		@DefaultValue("https://apihub.kma.go.kr") String apihubUrl,
		@DefaultValue("http://apis.data.go.kr") String dataPortalUrl, @DefaultValue("5s") Duration timeout,
		@DefaultValue("12") int refreshMinute, @DefaultValue("3h") Duration staleAfter) {

	boolean hasApihubKey() {
		return apihubKey != null && !apihubKey.isBlank();
	}

	boolean hasDataPortalKey() {
		return dataPortalKey != null && !dataPortalKey.isBlank();
	}

}
