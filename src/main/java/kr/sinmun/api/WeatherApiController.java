package kr.sinmun.api;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.weather.WeatherReport;
import kr.sinmun.weather.WeatherStation;
import kr.sinmun.weather.WeatherStatus;
import kr.sinmun.weather.WeatherTicker;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The weather ticker's state and station list, for administrators. */
@RestController
class WeatherApiController {

	private final WeatherTicker ticker;

	private final AuditLog audit;

	WeatherApiController(WeatherTicker ticker, AuditLog audit) {
		this.ticker = ticker;
		this.audit = audit;
	}

	@GetMapping("/api/v1/weather")
	Weather weather() {
		return new Weather(ticker.status(), ticker.stations(), ticker.current(),
				ticker.configured() ? "" : WeatherTicker.HOW_TO_GET_A_KEY);
	}

	/** What the ticker knows; a record so every node writes its fields in one order. */
	record Weather(WeatherStatus status, List<WeatherStation> stations, List<WeatherReport> reports, String help) {
	}

	@PutMapping("/api/v1/weather/stations")
	List<WeatherStation> stations(@RequestBody @Valid @Size(min = 1, max = 40,
			message = "관측소는 1곳에서 40곳까지 지정할 수 있습니다.") List<@Valid StationRequest> stations,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		List<WeatherStation> list = stations.stream()
			.map(station -> new WeatherStation(station.stn(), station.name().strip(), station.lat(), station.lon()))
			.toList();
		if (list.stream().map(WeatherStation::stn).distinct().count() != list.size()) {
			throw new ApiValidationException("stn", "같은 관측소 번호(stn)가 두 번 들어 있습니다.");
		}
		ticker.replaceStations(list);
		audit.record(Door.API, owner.userId(), "날씨 관측소 변경", "날씨",
				list.stream().map(station -> station.stn() + " " + station.name()).collect(Collectors.joining(", ")));
		return ticker.stations();
	}

	record StationRequest(@NotNull(message = "관측소 번호(stn)를 입력해 주십시오.") @Positive(
			message = "관측소 번호(stn)는 양수여야 합니다.") Integer stn,
			@NotBlank(message = "표시 이름(name)을 입력해 주십시오.") @Size(max = 20,
					message = "표시 이름(name)은 20자를 넘을 수 없습니다.") String name,
			@NotNull(message = "위도(lat)를 입력해 주십시오.") @DecimalMin(value = "32", message = "위도(lat)가 한국 범위를 벗어났습니다.") @DecimalMax(
					value = "39", message = "위도(lat)가 한국 범위를 벗어났습니다.") Double lat,
			@NotNull(message = "경도(lon)를 입력해 주십시오.") @DecimalMin(value = "124", message = "경도(lon)가 한국 범위를 벗어났습니다.") @DecimalMax(
					value = "132", message = "경도(lon)가 한국 범위를 벗어났습니다.") Double lon) {
	}

}
