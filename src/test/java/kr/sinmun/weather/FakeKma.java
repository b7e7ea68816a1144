package kr.sinmun.weather;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for KMA's two services that speaks their wire formats: API Hub's EUC-KR fixed-width ASOS
 * text, and the data portal's JSON envelope with its XML gateway errors. Tests choose how it misbehaves.
 */
public final class FakeKma implements AutoCloseable {

	/** How the fake answers. */
	public enum Mode {

		NORMAL, HTTP_403, SLOW, NO_DATA, KEY_NOT_REGISTERED_XML, KEY_NOT_REGISTERED_XML_401, QUOTA_EXCEEDED_XML

	}

	static final String HEADER = """
			#START7777
			#--------------------------------------------------------------------------------------------------
			#  기상청 지상관측 시간자료 [입력인수형태][예] ?tm=201007151200&stn=0&help=1
			#--------------------------------------------------------------------------------------------------
			# YYMMDDHHMI STN  WD   WS GST  GST  GST     PA     PS PT    PR    TA    TD    HM    PV     RN     RN     RN     RN     SD     SD     SD WC WP WW                  CA  CA   CH CT           CT  CT  CT    VS   SS    SI ST    TS  TE   TE   TE   TE  ST   WH BF IR IX
			#        KST  ID  16  m/s  WD   WS   TM    hPa    hPa  -   hPa     C     C     %   hPa     mm    DAY    JUN    INT    HR3    DAY    TOT -- -- --------------  TOT MID  MIN ------------ TOP MID LOW                  ..
			""";

	static final Charset EUC_KR = Charset.forName("EUC-KR");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final int[] STATIONS = { 98, 105, 108, 133, 143, 152, 156, 159, 172, 184, 201, 226, 238, 259, 283, 294 };

	private final HttpServer server;

	private final List<String> queries = new CopyOnWriteArrayList<>();

	private volatile Mode hubMode = Mode.NORMAL;

	private volatile Mode portalMode = Mode.NORMAL;

	public FakeKma() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/api/typ01/url/kma_sfctm2.php", this::asos);
		server.createContext("/1360000/VilageFcstInfoService_2.0/", this::portal);
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	void hub(Mode mode) {
		hubMode = mode;
	}

	void portal(Mode mode) {
		portalMode = mode;
	}

	/** The raw query strings received, as sent on the wire (still percent-encoded). */
	public List<String> queries() {
		return queries;
	}

	/** One ASOS row with every one of the 46 columns, missing values as KMA writes them. */
	static String row(String tm, int stn, String ta, String ww, String caTot, String rn) {
		String[] fields = new String[46];
		Arrays.fill(fields, "-9");
		fields[0] = tm;
		fields[1] = String.valueOf(stn);
		fields[7] = "1012.3";
		fields[11] = ta;
		fields[13] = "61.0";
		fields[15] = rn;
		fields[24] = ww;
		fields[25] = caTot;
		fields[32] = "2000";
		return String.join("  ", fields);
	}

	private void asos(HttpExchange exchange) throws IOException {
		queries.add(exchange.getRequestURI().getRawQuery());
		switch (hubMode) {
			case HTTP_403 -> send(exchange, 403, "application/json",
					"{\"result\":{\"status\":403,\"message\":\"활용신청이 필요합니다\"}}".getBytes(StandardCharsets.UTF_8));
			case SLOW -> sleepThen(exchange);
			default -> {
				String tm = exchange.getRequestURI().getQuery().replaceAll(".*tm=(\\d{12}).*", "$1");
				StringBuilder text = new StringBuilder(HEADER);
				if (hubMode != Mode.NO_DATA) {
					for (int i = 0; i < STATIONS.length; i++) {
						// A spread of conditions: clear, partly and mostly cloudy, overcast, rain, snow.
						String ww = i == 4 ? "61" : i == 5 ? "71" : "-9";
						String ca = String.valueOf(i % 11);
						text.append(row(tm, STATIONS[i], String.format("%.1f", 20.5 + i * 0.7), ww, ca, "-9.0"))
							.append('\n');
					}
				}
				text.append("#7777END\n");
				send(exchange, 200, "text/plain; charset=EUC-KR", text.toString().getBytes(EUC_KR));
			}
		}
	}

	private void portal(HttpExchange exchange) throws IOException {
		queries.add(exchange.getRequestURI().getRawQuery());
		String path = exchange.getRequestURI().getPath();
		switch (portalMode) {
			case SLOW -> sleepThen(exchange);
			case KEY_NOT_REGISTERED_XML, KEY_NOT_REGISTERED_XML_401 -> send(exchange,
					portalMode == Mode.KEY_NOT_REGISTERED_XML ? 200 : 401, "text/xml", gateway("30",
							"SERVICE_KEY_IS_NOT_REGISTERED_ERROR"));
			case QUOTA_EXCEEDED_XML -> send(exchange, 200, "text/xml",
					gateway("22", "LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR"));
			case NO_DATA -> send(exchange, 200, "application/json",
					"{\"response\":{\"header\":{\"resultCode\":\"03\",\"resultMsg\":\"NO_DATA\"}}}"
						.getBytes(StandardCharsets.UTF_8));
			default -> {
				String query = exchange.getRequestURI().getQuery();
				String date = query.replaceAll(".*base_date=(\\d{8}).*", "$1");
				String time = query.replaceAll(".*base_time=(\\d{4}).*", "$1");
				String items = path.endsWith("getUltraSrtNcst")
						? item(date, time, "T1H", "obsrValue", "-3.4") + "," + item(date, time, "PTY", "obsrValue", "0")
								+ "," + item(date, time, "REH", "obsrValue", "900")
						: item(date, time, "SKY", "fcstValue", "3") + "," + item(date, time, "PTY", "fcstValue", "0");
				String json = "{\"response\":{\"header\":{\"resultCode\":\"00\",\"resultMsg\":\"NORMAL_SERVICE\"},"
						+ "\"body\":{\"dataType\":\"JSON\",\"items\":{\"item\":[" + items
						+ "]},\"pageNo\":1,\"numOfRows\":60,\"totalCount\":3}}}";
				send(exchange, 200, "application/json;charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	private static String item(String date, String time, String category, String field, String value) {
		return "{\"baseDate\":\"" + date + "\",\"baseTime\":\"" + time + "\",\"category\":\"" + category
				+ "\",\"nx\":60,\"ny\":127,\"" + field + "\":\"" + value + "\"}";
	}

	private static byte[] gateway(String code, String message) {
		return ("<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>" + message
				+ "</returnAuthMsg><returnReasonCode>" + code + "</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static void sleepThen(HttpExchange exchange) throws IOException {
		try {
			Thread.sleep(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		send(exchange, 200, "text/plain", new byte[0]);
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
		catch (IOException ex) {
			// the client gave up (timeout test)
		}
	}

	static String currentHour() {
		return DateTimeFormatter.ofPattern("yyyyMMddHH00").format(LocalDateTime.now(SEOUL));
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
