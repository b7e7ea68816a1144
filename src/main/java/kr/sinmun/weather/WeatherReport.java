package kr.sinmun.weather;

import java.util.Locale;

/** One entry of the ticker: {@code 구름많음 서울 29.7℃}. {@code word} is null when the sky was not observed. */
public record WeatherReport(String word, String place, double temperature) {

	/** The temperature to one decimal with ℃. */
	public String temperatureText() {
		return String.format(Locale.ROOT, "%.1f℃", temperature);
	}

}
