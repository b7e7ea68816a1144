package kr.sinmun.search;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.platform.KoreanDates;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Reader searches that found nothing, counted per day and normalised term, for the desk to add to the synonym
 * dictionary. Like views, a miss costs a map increment on the request and is written in batches; at most
 * {@link #MAX_PENDING_TERMS} different terms wait between two writes, so a flood of random queries cannot grow
 * memory.
 */
@Service
public class SearchMisses implements SmartLifecycle {

	/** Longer queries are not terms anyone would add to a dictionary. */
	public static final int MAX_TERM_LENGTH = 100;

	static final int MAX_PENDING_TERMS = 10_000;

	private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(SearchMisses.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private volatile ConcurrentHashMap<String, LongAdder> pending = new ConcurrentHashMap<>();

	private volatile boolean running;

	SearchMisses(JdbcClient jdbc, JdbcTemplate template, TaskScheduler scheduler, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** A term that found nothing, and how many times readers searched for it in the period. */
	public record Miss(String term, long searches, LocalDate lastDay) {
	}

	/**
	 * The form a query is counted under: Unicode NFKC (full-width letters and compatibility jamo folded), lower
	 * case, runs of spaces made one; {@code null} when nothing is left or it is too long to be a term.
	 */
	public static String normalise(String query) {
		if (query == null) {
			return null;
		}
		String folded = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
		if (folded.isEmpty() || folded.length() > MAX_TERM_LENGTH || folded.chars().anyMatch(Character::isISOControl)) {
			return null;
		}
		return folded;
	}

	/** Counts a reader's search that found nothing anywhere in the archive. */
	public void record(String query) {
		String term = normalise(query);
		if (term == null) {
			return;
		}
		ConcurrentHashMap<String, LongAdder> batch = pending;
		LongAdder count = batch.get(term);
		if (count == null) {
			if (batch.size() >= MAX_PENDING_TERMS) {
				return;
			}
			count = batch.computeIfAbsent(term, key -> new LongAdder());
		}
		count.increment();
	}

	/** The most searched terms that found nothing since {@code from} (a day in Seoul), most searched first. */
	public List<Miss> since(LocalDate from, int limit) {
		return jdbc.sql("""
				SELECT term, sum(searches) AS searches, max(day) AS last_day FROM search_misses
				WHERE day >= :from GROUP BY term ORDER BY searches DESC, last_day DESC, term LIMIT :limit""")
			.param("from", from)
			.param("limit", limit)
			.query((rs, n) -> new Miss(rs.getString("term"), rs.getLong("searches"), rs.getObject("last_day", LocalDate.class)))
			.list();
	}

	/** Writes the waiting counts under today's date in Seoul. Runs on a timer and at shutdown. */
	public synchronized void flush() {
		ConcurrentHashMap<String, LongAdder> batch = pending;
		if (batch.isEmpty()) {
			return;
		}
		pending = new ConcurrentHashMap<>();
		LocalDate day = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
		try {
			template.batchUpdate("""
					INSERT INTO search_misses (day, term, searches) VALUES (?, ?, ?)
					ON CONFLICT (day, term) DO UPDATE SET searches = search_misses.searches + EXCLUDED.searches""",
					batch.entrySet().stream().map(entry -> new Object[] { day, entry.getKey(), entry.getValue().sum() }).toList());
		}
		catch (RuntimeException ex) {
			// CASE: the database is briefly unreachable; the next flush writes these with its own.
			batch.forEach((term, count) -> pending.computeIfAbsent(term, key -> new LongAdder()).add(count.sum()));
			log.warn("검색 실패어 기록 실패, 다음 주기에 다시 시도합니다: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		running = true;
		scheduler.scheduleWithFixedDelay(() -> {
			if (running) {
				flush();
			}
		}, FLUSH_INTERVAL);
	}

	@Override
	public void stop() {
		running = false;
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
