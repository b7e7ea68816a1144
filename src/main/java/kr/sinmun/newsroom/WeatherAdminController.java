package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.weather.WeatherStation;
import kr.sinmun.weather.WeatherStatus;
import kr.sinmun.weather.WeatherTicker;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weather ticker's settings: whether a KMA key is configured (and how to get one if not), how the feed is
 * doing, and the station list, one station per line, in display order.
 */
@Controller
class WeatherAdminController {

	private final WeatherTicker ticker;

	private final NewsroomPages pages;

	private final AuditLog audit;

	WeatherAdminController(WeatherTicker ticker, NewsroomPages pages, AuditLog audit) {
		this.ticker = ticker;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/admin/weather")
	String show(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		return page(staff, csrf, lines(ticker.stations()), null, done == null ? null : "관측소 목록을 저장했습니다.", model);
	}

	@PostMapping("/newsroom/admin/weather")
	String save(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String stations, Model model,
			HttpServletResponse response) {
		List<WeatherStation> parsed = new ArrayList<>();
		String problem = parse(stations, parsed);
		if (problem != null) {
			response.setStatus(400);
			return page(staff, csrf, stations, problem, null, model);
		}
		ticker.replaceStations(parsed);
		audit.record(Door.NEWSROOM, staff.id(), "날씨 관측소 변경", "날씨",
				parsed.stream().map(station -> station.stn() + " " + station.name()).collect(Collectors.joining(", ")));
		return "redirect:/newsroom/admin/weather?done";
	}

	private String page(Staff staff, CsrfToken csrf, String stations, String error, String notice, Model model) {
		WeatherStatus status = ticker.status();
		model.addAttribute("page", new PageModels.WeatherPage(pages.chrome(staff, csrf, "weather"), status.configured(),
				WeatherTicker.HOW_TO_GET_A_KEY, status.source() == null ? "-" : status.source(), stamp(status.lastSuccess()),
				stamp(status.observedAt()), stamp(status.lastErrorAt()),
				status.lastErrorCode() == null ? "-" : status.lastErrorCode(),
				status.lastError() == null ? "-" : status.lastError(),
				ticker.current().stream().map(report -> (report.word() == null ? "" : report.word() + " ") + report.place()
						+ " " + report.temperatureText()).toList(),
				stations, error, notice));
		return "newsroom/weather";
	}

	private static String stamp(java.time.Instant instant) {
		return instant == null ? "-" : KoreanDates.stamp(instant);
	}

	static String lines(List<WeatherStation> stations) {
		return stations.stream()
			.map(station -> String.format(Locale.ROOT, "%d %s %.4f %.4f", station.stn(), station.name(), station.lat(),
					station.lon()))
			.collect(Collectors.joining("\n"));
	}

	/** Reads "번호 이름 위도 경도" lines; answers the first problem in Korean, or null. */
	static String parse(String text, List<WeatherStation> into) {
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+");
			String where = (i + 1) + "번째 줄";
			if (parts.length != 4) {
				return where + ": '관측소번호 표시이름 위도 경도' 네 가지를 띄어 써 주십시오(예: 108 서울 37.5714 126.9658).";
			}
			try {
				int stn = Integer.parseInt(parts[0]);
				double lat = Double.parseDouble(parts[2]);
				double lon = Double.parseDouble(parts[3]);
				if (stn <= 0 || stn > 9999) {
					return where + ": 관측소 번호가 올바르지 않습니다.";
				}
				if (parts[1].length() > 20) {
					return where + ": 표시 이름은 20자 이내여야 합니다.";
				}
				if (lat < 32 || lat > 39 || lon < 124 || lon > 132) {
					return where + ": 위도·경도가 한국 범위를 벗어났습니다.";
				}
				if (into.stream().anyMatch(station -> station.stn() == stn)) {
					return where + ": 관측소 " + stn + KoreanParticles.subjectOf(String.valueOf(stn)) + " 두 번 들어 있습니다.";
				}
				into.add(new WeatherStation(stn, parts[1], lat, lon));
			}
			catch (NumberFormatException ex) {
				return where + ": 번호와 위도·경도는 숫자여야 합니다.";
			}
		}
		if (into.isEmpty() || into.size() > 40) {
			return "관측소는 1곳에서 40곳까지 지정할 수 있습니다.";
		}
		return null;
	}

}
