package kr.sinmun.weather;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

/**
 * The ticker's data. Observations are fetched in the background: at startup, then a few minutes after each hour
 * (when the hour's observations are out), retrying with backoff after a failure. Readers only ever read the
 * last good snapshot from memory; it is shown while under {@code staleAfter} old, then hidden. Without a key
 * there is nothing to show.
 */
@Service
public class WeatherTicker implements SmartLifecycle {

	/** What the newsroom shows when no key is configured. */
	public static final String HOW_TO_GET_A_KEY = "날씨를 표시하려면 기상청 API 허브(apihub.kma.go.kr)에 가입해 '지상관측 시간자료'를 활용 신청한 뒤 "
			+ "발급된 인증키를 SINMUN_KMA_APIHUB_KEY로 설정하십시오. 공공데이터포털의 '기상청_단기예보 조회서비스' 키는 "
			+ "SINMUN_KMA_DATA_PORTAL_KEY로 설정하면 보조 출처로 쓰입니다.";

	private static final Logger log = LoggerFactory.getLogger(WeatherTicker.class);

	private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
			Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20));

	private final WeatherProperties properties;

	private final StationRepository stations;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final KmaClients kma;

	private volatile Snapshot snapshot;

	private volatile WeatherStatus status;

	private volatile ScheduledFuture<?> next;

	private volatile boolean running;

	private int failures;

	WeatherTicker(WeatherProperties properties, StationRepository stations, TaskScheduler scheduler, Clock clock) {
		this.properties = properties;
		this.stations = stations;
		this.scheduler = scheduler;
		this.clock = clock;
		this.kma = new KmaClients(properties);
		this.status = new WeatherStatus(configured(), null, null, null, null, null, null);
	}

	/** The reports to show now, in station order; empty when there is no key, no data, or the data is stale. */
	public List<WeatherReport> current() {
		Snapshot current = snapshot;
		if (current == null || current.observedAt().plus(properties.staleAfter()).isBefore(clock.instant())) {
			return List.of();
		}
		return current.reports();
	}

	public List<WeatherStation> stations() {
		return stations.findAll().stream().map(s -> new WeatherStation(s.stn(), s.name(), s.lat(), s.lon())).toList();
	}

	/** Replaces the station list (in display order) and fetches for it at once. */
	public void replaceStations(List<WeatherStation> list) {
		stations.replaceAll(list.stream().map(s -> new Station(s.stn(), s.name(), s.lat(), s.lon())).toList());
		if (configured() && running) {
			scheduler.schedule(this::refresh, clock.instant());
		}
	}

	public WeatherStatus status() {
		return status;
	}

	public boolean configured() {
		return properties.hasApihubKey() || properties.hasDataPortalKey();
	}

	/** Fetches now, from API Hub or else the data portal; returns whether new observations were stored. */
	public synchronized boolean refresh() {
		if (!configured()) {
			return false;
		}
		List<Station> list = stations.findAll();
		Instant now = clock.instant();
		KmaException failure = null;
		if (properties.hasApihubKey()) {
			try {
				store(fromApihub(list, now), "API 허브 지상관측(ASOS)", now);
				return true;
			}
			catch (KmaException ex) {
				failure = ex;
				recordError(ex, now);
			}
		}
		if (properties.hasDataPortalKey()) {
			try {
				store(fromDataPortal(list, now), "공공데이터포털 초단기실황", now);
				return true;
			}
			catch (KmaException ex) {
				failure = ex;
				recordError(ex, now);
			}
		}
		log.warn("날씨 갱신 실패 [{}] {}", failure.code(), failure.getMessage());
		return false;
	}

	private List<Observation> fromApihub(List<Station> list, Instant now) throws KmaException {
		Map<Integer, Observation> all;
		try {
			all = kma.asos(now);
		}
		catch (KmaException ex) {
			// CASE: this hour's observations are not out yet; the previous hour's are the latest.
			if (!ex.code().startsWith("03")) {
				throw ex;
			}
			all = kma.asos(now.minus(1, ChronoUnit.HOURS));
		}
		List<Observation> found = new ArrayList<>();
		for (Station station : list) {
			Observation observation = all.get(station.stn());
			if (observation != null) {
				found.add(observation);
			}
		}
		if (found.isEmpty()) {
			throw new KmaException("03 NO_DATA", "설정한 관측소의 자료가 없습니다.");
		}
		return found;
	}

	private List<Observation> fromDataPortal(List<Station> list, Instant now) throws KmaException {
		List<Observation> found = new ArrayList<>();
		KmaException last = null;
		for (Station station : list) {
			try {
				found.add(kma.nowcast(station.stn(), station.cell(), now));
			}
			catch (KmaException ex) {
				// A key or quota error will fail every station the same way: stop at the first.
				if (!ex.code().startsWith("03")) {
					throw ex;
				}
				last = ex;
			}
		}
		if (found.isEmpty()) {
			throw last != null ? last : new KmaException("03 NO_DATA", "자료가 없습니다.");
		}
		return found;
	}

	private void store(List<Observation> observations, String source, Instant now) {
		Map<Integer, String> names = new LinkedHashMap<>();
		stations.findAll().forEach(station -> names.put(station.stn(), station.name()));
		List<WeatherReport> reports = new ArrayList<>();
		Instant observedAt = null;
		for (Observation observation : observations) {
			String name = names.get(observation.stn());
			if (name != null) {
				reports.add(new WeatherReport(observation.word(), name, observation.temperature()));
				observedAt = observedAt == null || observation.observedAt().isBefore(observedAt) ? observation.observedAt()
						: observedAt;
			}
		}
		snapshot = new Snapshot(List.copyOf(reports), observedAt == null ? now : observedAt);
		WeatherStatus previous = status;
		status = new WeatherStatus(true, source, now, snapshot.observedAt(), previous.lastErrorAt(),
				previous.lastErrorCode(), previous.lastError());
		failures = 0;
	}

	private void recordError(KmaException ex, Instant now) {
		WeatherStatus previous = status;
		status = new WeatherStatus(true, previous.source(), previous.lastSuccess(), previous.observedAt(), now,
				ex.code(), ex.getMessage());
	}

	@Override
	public void start() {
		running = true;
		if (configured()) {
			// The first refresh runs at startup, in the background, so a slow KMA never delays the site.
			next = scheduler.schedule(this::refreshAndPlan, clock.instant());
		}
	}

	private void refreshAndPlan() {
		if (!running) {
			return;
		}
		boolean ok;
		try {
			ok = refresh();
		}
		catch (RuntimeException ex) {
			log.warn("날씨 갱신 중 오류: {}", ex.toString());
			ok = false;
		}
		Instant now = clock.instant();
		Instant at;
		if (ok) {
			at = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)).plus(Duration.ofMinutes(properties.refreshMinute()));
		}
		else {
			at = now.plus(BACKOFF.get(Math.min(failures, BACKOFF.size() - 1)));
			failures++;
		}
		next = scheduler.schedule(this::refreshAndPlan, at);
	}

	@Override
	public void stop() {
		running = false;
		ScheduledFuture<?> scheduled = next;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private record Snapshot(List<WeatherReport> reports, Instant observedAt) {
	}

}
