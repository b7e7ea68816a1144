package kr.sinmun.weather;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkyTests {

	@Test
	void mapsTotalCloudAmountToTheFourTickerWords() {
		assertThat(Sky.fromCloudAmount(0)).isEqualTo("맑음");
		assertThat(Sky.fromCloudAmount(2)).isEqualTo("맑음");
		assertThat(Sky.fromCloudAmount(3)).isEqualTo("구름조금");
		assertThat(Sky.fromCloudAmount(5)).isEqualTo("구름조금");
		assertThat(Sky.fromCloudAmount(6)).isEqualTo("구름많음");
		assertThat(Sky.fromCloudAmount(8)).isEqualTo("구름많음");
		assertThat(Sky.fromCloudAmount(9)).isEqualTo("흐림");
		assertThat(Sky.fromCloudAmount(10)).isEqualTo("흐림");
		assertThat(Sky.fromCloudAmount(-9)).isNull();
	}

	@Test
	void namesRainSnowAndShowersFromPresentWeather() {
		assertThat(Sky.fromPresentWeather(61)).isEqualTo("비");
		assertThat(Sky.fromPresentWeather(51)).isEqualTo("비");
		assertThat(Sky.fromPresentWeather(68)).isEqualTo("비/눈");
		assertThat(Sky.fromPresentWeather(71)).isEqualTo("눈");
		assertThat(Sky.fromPresentWeather(80)).isEqualTo("소나기");
		assertThat(Sky.fromPresentWeather(2)).isNull();
	}

	@Test
	void readsTheDataPortalCodes() {
		assertThat(Sky.fromSkyCode(1)).isEqualTo("맑음");
		assertThat(Sky.fromSkyCode(3)).isEqualTo("구름많음");
		assertThat(Sky.fromSkyCode(4)).isEqualTo("흐림");
		assertThat(Sky.fromPrecipitationCode(0)).isNull();
		assertThat(Sky.fromPrecipitationCode(1)).isEqualTo("비");
		assertThat(Sky.fromPrecipitationCode(2)).isEqualTo("비/눈");
		assertThat(Sky.fromPrecipitationCode(3)).isEqualTo("눈");
		assertThat(Sky.fromPrecipitationCode(5)).isEqualTo("비");
		assertThat(Sky.fromPrecipitationCode(7)).isEqualTo("눈");
	}

}
