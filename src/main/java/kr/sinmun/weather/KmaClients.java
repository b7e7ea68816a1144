package kr.sinmun.weather;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.platform.OutsideTransactions;

/**
 * HTTP calls to KMA's two services, with short timeouts. URLs are built by hand with exactly one encoding of
 * the key: Spring's URI builders re-encode {@code %2B} as {@code %252B}, the classic cause of error 30.
 */
final class KmaClients {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH00");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

	private static final Charset EUC_KR = Charset.forName("EUC-KR");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern REASON = Pattern.compile("<returnReasonCode>\\s*(\\d+)\\s*</returnReasonCode>");

	private static final Pattern AUTH_MESSAGE = Pattern.compile("<returnAuthMsg>\\s*([^<]+?)\\s*</returnAuthMsg>");

	private final HttpClient http;

	private final WeatherProperties properties;

	KmaClients(WeatherProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Hourly observations of all stations from API Hub for the hour containing {@code at} (KST). */
	Map<Integer, Observation> asos(Instant at) throws KmaException {
		String tm = HOUR.format(at.atZone(SEOUL));
		String url = trimSlash(properties.apihubUrl()) + "/api/typ01/url/kma_sfctm2.php?tm=" + tm + "&stn=0&help=0&authKey="
				+ encodeOnce(properties.apihubKey());
		HttpResponse<byte[]> response = get(url);
		if (response.statusCode() != 200) {
			throw new KmaException("HTTP " + response.statusCode(),
					"API 허브가 요청을 거절했습니다(HTTP " + response.statusCode() + "). 활용 신청과 인증키를 확인해 주십시오.");
		}
		String text = new String(response.body(), EUC_KR);
		Map<Integer, Observation> observations = AsosText.parse(text);
		if (observations.isEmpty()) {
			throw new KmaException("03 NO_DATA", tm + " 관측 자료가 아직 없습니다.");
		}
		return observations;
	}

	/**
	 * Current weather for one grid cell from the data portal: temperature and precipitation from the nowcast,
	 * sky from the ultra-short-term forecast (the nowcast has no sky). A nowcast not yet published for this hour
	 * (03 NO_DATA) falls back to the previous hour.
	 */
	Observation nowcast(int stn, KmaGrid.Cell cell, Instant now) throws KmaException {
		ZonedDateTime kst = now.atZone(SEOUL).truncatedTo(ChronoUnit.HOURS);
		Map<String, String> values;
		ZonedDateTime base = kst;
		try {
			values = items("getUltraSrtNcst", base, cell, "obsrValue");
		}
		catch (KmaException ex) {
			if (!ex.code().startsWith("03")) {
				throw ex;
			}
			base = kst.minusHours(1);
			values = items("getUltraSrtNcst", base, cell, "obsrValue");
		}
		String temperature = values.get("T1H");
		if (temperature == null) {
			throw new KmaException("03 NO_DATA", "초단기실황에 기온이 없습니다.");
		}
		String word = Sky.fromPrecipitationCode(parseInt(values.get("PTY")));
		if (word == null) {
			word = sky(now, cell);
		}
		return new Observation(stn, word, Double.parseDouble(temperature), base.toInstant());
	}

	private String sky(Instant now, KmaGrid.Cell cell) {
		// Forecasts are issued at HH:30 and published from about HH:45.
		ZonedDateTime kst = now.atZone(SEOUL);
		ZonedDateTime base = kst.getMinute() >= 45 ? kst.withMinute(30) : kst.minusHours(1).withMinute(30);
		try {
			Map<String, String> forecast = items("getUltraSrtFcst", base.truncatedTo(ChronoUnit.MINUTES), cell,
					"fcstValue");
			return Sky.fromSkyCode(parseInt(forecast.get("SKY")));
		}
		catch (KmaException ex) {
			return null;
		}
	}

	// The first value of each category (forecasts list the nearest hour first).
	private Map<String, String> items(String operation, ZonedDateTime base, KmaGrid.Cell cell, String valueField)
			throws KmaException {
		LocalDateTime time = base.toLocalDateTime();
		String url = trimSlash(properties.dataPortalUrl()) + "/1360000/VilageFcstInfoService_2.0/" + operation
				+ "?serviceKey=" + encodeOnce(properties.dataPortalKey()) + "&numOfRows=60&pageNo=1&dataType=JSON"
				+ "&base_date=" + DATE.format(time) + "&base_time=" + HHMM.format(time) + "&nx=" + cell.nx() + "&ny="
				+ cell.ny();
		HttpResponse<byte[]> response = get(url);
		String body = new String(response.body(), StandardCharsets.UTF_8).strip();
		// CASE: key, quota and authorization errors come from the portal's gateway as XML, whatever dataType was
		// asked for and whatever the HTTP status; recognize the envelope by its content.
		if (body.startsWith("<")) {
			throw gatewayError(body, response.statusCode());
		}
		if (response.statusCode() != 200) {
			throw new KmaException("HTTP " + response.statusCode(), "공공데이터포털이 HTTP " + response.statusCode() + "로 응답했습니다.");
		}
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new KmaException("FORMAT", "공공데이터포털 응답을 읽을 수 없습니다.");
		}
		JsonNode header = root.path("response").path("header");
		String code = header.path("resultCode").asString("");
		if (!"00".equals(code)) {
			String message = header.path("resultMsg").asString("");
			throw new KmaException(code + " " + message, "공공데이터포털 오류 " + code + " " + message);
		}
		Map<String, String> values = new HashMap<>();
		for (JsonNode item : root.path("response").path("body").path("items").path("item")) {
			String category = item.path("category").asString();
			String value = item.path(valueField).asString();
			double number = parseDouble(value);
			// ±900 and beyond mean "missing".
			if (!Double.isNaN(number) && Math.abs(number) < 900) {
				values.putIfAbsent(category, value);
			}
		}
		return values;
	}

	private static KmaException gatewayError(String body, int status) {
		Matcher reason = REASON.matcher(body);
		Matcher message = AUTH_MESSAGE.matcher(body);
		String code = reason.find() ? reason.group(1) : "HTTP " + status;
		String text = message.find() ? message.group(1) : "SERVICE ERROR";
		return new KmaException(code + " " + text, "공공데이터포털 오류 " + code + " " + text);
	}

	private HttpResponse<byte[]> get(String url) throws KmaException {
		OutsideTransactions.require("KMA GET");
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(properties.timeout()).GET().build();
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.net.http.HttpTimeoutException ex) {
			throw new KmaException("TIMEOUT", "기상청 응답이 " + properties.timeout().toSeconds() + "초 안에 오지 않았습니다.");
		}
		catch (IOException ex) {
			throw new KmaException("NETWORK", "기상청에 연결할 수 없습니다: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KmaException("INTERRUPTED", "중단되었습니다.");
		}
	}

	/**
	 * A key as pasted by an administrator, encoded exactly once. The data portal shows each key twice, as typed
	 * ("Decoding") and URL-encoded ("Encoding"); a key containing {@code %} is the encoded form and is decoded
	 * first, so both forms end up the same.
	 */
	static String encodeOnce(String key) {
		String raw = key.strip();
		if (raw.contains("%")) {
			raw = URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		return URLEncoder.encode(raw, StandardCharsets.UTF_8);
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static int parseInt(String value) {
		try {
			return value == null ? 0 : (int) Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static double parseDouble(String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			return Double.NaN;
		}
	}


}
