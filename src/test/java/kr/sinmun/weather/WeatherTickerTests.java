package kr.sinmun.weather;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.ShiftableClock;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

class WeatherTickerTests {

	private final FakeKma kma = new FakeKma();

	private final ShiftableClock clock = ShiftableClock.stoppedAt(Instant.now().truncatedTo(ChronoUnit.HOURS).plusSeconds(15 * 60));

	@AfterEach
	void stop() {
		kma.close();
	}

	private WeatherTicker ticker(String hubKey, String portalKey) {
		StationRepository stations = new StationRepository(null) {
			@Override
			List<Station> findAll() {
				return List.of(new Station(98, "동두천", 37.90188, 127.0607), new Station(108, "서울", 37.57142, 126.9658),
						new Station(143, "대구", 35.87797, 128.65296));
			}
		};
		WeatherProperties properties = new WeatherProperties(hubKey, portalKey, kma.url(), kma.url(),
				Duration.ofSeconds(2), 12, Duration.ofHours(3));
		return new WeatherTicker(properties, stations, new ThreadPoolTaskScheduler(), clock);
	}

	@Test
	void showsNothingAndCallsNobodyWithoutAKey() {
		WeatherTicker ticker = ticker(null, " ");
		assertThat(ticker.configured()).isFalse();
		assertThat(ticker.refresh()).isFalse();
		assertThat(ticker.current()).isEmpty();
		assertThat(kma.queries()).isEmpty();
	}

	@Test
	void showsTheHubsObservationsInStationOrder() {
		WeatherTicker ticker = ticker("hub-key", null);
		assertThat(ticker.refresh()).isTrue();
		assertThat(ticker.current()).extracting(WeatherReport::place).containsExactly("동두천", "서울", "대구");
		WeatherReport seoul = ticker.current().get(1);
		assertThat(seoul.word()).isEqualTo("맑음");
		assertThat(seoul.temperatureText()).isEqualTo("21.9℃");
		assertThat(ticker.current().get(2).word()).isEqualTo("비");
		assertThat(ticker.status().source()).contains("ASOS");
	}

	@Test
	void keepsTheLastGoodObservationForThreeHoursThenHidesIt() {
		WeatherTicker ticker = ticker("hub-key", null);
		assertThat(ticker.refresh()).isTrue();
		kma.hub(FakeKma.Mode.HTTP_403);
		clock.shift(Duration.ofHours(2));
		assertThat(ticker.refresh()).isFalse();
		assertThat(ticker.current()).hasSize(3);
		assertThat(ticker.status().lastErrorCode()).isEqualTo("HTTP 403");
		assertThat(ticker.status().lastSuccess()).isNotNull();
		clock.shift(Duration.ofMinutes(61));
		assertThat(ticker.current()).isEmpty();
	}

	@Test
	void fallsBackToTheDataPortalWhenTheHubFails() {
		kma.hub(FakeKma.Mode.HTTP_403);
		WeatherTicker ticker = ticker("hub-key", "portal-key");
		assertThat(ticker.refresh()).isTrue();
		assertThat(ticker.current()).extracting(WeatherReport::temperatureText).containsOnly("-3.4℃");
		assertThat(ticker.current()).extracting(WeatherReport::word).containsOnly("구름많음");
		assertThat(ticker.status().source()).contains("공공데이터포털");
		assertThat(ticker.status().lastErrorCode()).isEqualTo("HTTP 403");
		// Each station asks for its own grid cell, computed from its position.
		assertThat(kma.queries()).anyMatch(query -> query.contains("nx=60&ny=127"));
	}

	@Test
	void reportsTheDataPortalsErrorCodesEvenWhenTheyArriveAsXml() {
		for (FakeKma.Mode mode : List.of(FakeKma.Mode.KEY_NOT_REGISTERED_XML, FakeKma.Mode.KEY_NOT_REGISTERED_XML_401)) {
			kma.portal(mode);
			WeatherTicker ticker = ticker(null, "portal-key");
			assertThat(ticker.refresh()).isFalse();
			assertThat(ticker.status().lastErrorCode()).isEqualTo("30 SERVICE_KEY_IS_NOT_REGISTERED_ERROR");
		}
		kma.portal(FakeKma.Mode.QUOTA_EXCEEDED_XML);
		WeatherTicker ticker = ticker(null, "portal-key");
		assertThat(ticker.refresh()).isFalse();
		assertThat(ticker.status().lastErrorCode()).startsWith("22 ");
		kma.portal(FakeKma.Mode.NO_DATA);
		assertThat(ticker.refresh()).isFalse();
		assertThat(ticker.status().lastErrorCode()).isEqualTo("03 NO_DATA");
	}

	@Test
	void givesUpOnASlowServiceWithinTheTimeout() {
		kma.hub(FakeKma.Mode.SLOW);
		WeatherTicker ticker = ticker("hub-key", null);
		long started = System.nanoTime();
		assertThat(ticker.refresh()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(ticker.status().lastErrorCode()).isEqualTo("TIMEOUT");
	}

	@Test
	void sendsTheKeyEncodedExactlyOnceWhicheverFormWasPasted() {
		for (String key : List.of("ab+c/d==", "ab%2Bc%2Fd%3D%3D")) {
			kma.queries().clear();
			WeatherTicker ticker = ticker(null, key);
			ticker.refresh();
			assertThat(kma.queries()).isNotEmpty().allMatch(query -> query.contains("serviceKey=ab%2Bc%2Fd%3D%3D&"));
		}
	}

}
