package kr.sinmun.weather;

/**
 * The words of the ticker. From total cloud amount in tenths, the four-class scale Korean tickers use (0–2 맑음,
 * 3–5 구름조금, 6–8 구름많음, 9–10 흐림); precipitation words win over sky words.
 */
final class Sky {

	private Sky() {
	}

	/** The sky word for a total cloud amount in tenths, or null when the amount is missing. */
	static String fromCloudAmount(double tenths) {
		if (tenths < 0 || tenths > 10) {
			return null;
		}
		if (tenths <= 2) {
			return "맑음";
		}
		if (tenths <= 5) {
			return "구름조금";
		}
		if (tenths <= 8) {
			return "구름많음";
		}
		return "흐림";
	}

	/**
	 * The precipitation word for a present-weather code of WMO table 4677 (the WW column), or null when it is
	 * not raining or snowing. KMA does not publish its own table for this column; 4677 is the code it reports in.
	 */
	static String fromPresentWeather(int ww) {
		if (ww >= 50 && ww <= 67) {
			return "비";
		}
		if (ww == 68 || ww == 69 || ww == 83 || ww == 84) {
			return "비/눈";
		}
		if ((ww >= 70 && ww <= 79) || ww == 85 || ww == 86) {
			return "눈";
		}
		if ((ww >= 80 && ww <= 82) || (ww >= 87 && ww <= 90)) {
			return "소나기";
		}
		if (ww >= 91 && ww <= 99) {
			return "비";
		}
		return null;
	}

	/** The data portal's SKY code (1 맑음, 3 구름많음, 4 흐림). */
	static String fromSkyCode(int code) {
		return switch (code) {
			case 1 -> "맑음";
			case 3 -> "구름많음";
			case 4 -> "흐림";
			default -> null;
		};
	}

	/** The data portal's PTY code of the ultra-short-term products, or null for 0 (none). */
	static String fromPrecipitationCode(int code) {
		return switch (code) {
			case 1, 5 -> "비";
			case 2, 6 -> "비/눈";
			case 3, 7 -> "눈";
			case 4 -> "소나기";
			default -> null;
		};
	}

}
