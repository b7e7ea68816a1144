package kr.sinmun.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The desk's arrangement of the home page. Readers' pages read the current arrangement from memory; it is
 * re-read after a change on any node ({@link FrontPageChanged} comes through the change feed from the others)
 * and compared with the database every {@code sinmun.frontpage.reload}, which repairs and reports any
 * difference.
 */
@Service
public class FrontPage {

	private static final Logger log = LoggerFactory.getLogger(FrontPage.class);

	private final PlacementRepository placements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter repairs;

	private volatile Map<Slot, Long> current;

	FrontPage(PlacementRepository placements, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "frontpage");
		this.placements = placements;
		this.events = events;
		this.clock = clock;
		reload();
	}

	/** The article in each filled slot. */
	public Map<Slot, Long> current() {
		return current;
	}

	/** Puts an article in a slot, closing whatever stood there. */
	@Transactional
	public void place(Slot slot, long articleId, long actorId) {
		Instant now = clock.instant();
		placements.close(slot, actorId, now);
		placements.open(slot, articleId, actorId, now);
		changed(slot);
	}

	/** Empties a slot; the page falls back to the newest news there. */
	@Transactional
	public void clear(Slot slot, long actorId) {
		placements.close(slot, actorId, clock.instant());
		changed(slot);
	}

	/** Every placement that overlapped {@code [from, to)}, oldest first, for the record and its export. */
	public List<Placement> history(Instant from, Instant to) {
		return placements.overlapping(from, to);
	}

	// First, before the page cache drops the home page.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(FrontPageChanged event) {
		reload();
	}

	/** Re-reads the arrangement; a difference from what was held is a missed change, repaired and reported. */
	@Scheduled(fixedDelayString = "${sinmun.frontpage.reload:30s}", initialDelay = 0)
	void reconcile() {
		Map<Slot, Long> before = current;
		reload();
		for (Slot slot : Slot.values()) {
			if (!java.util.Objects.equals(before.get(slot), current.get(slot))) {
				repairs.increment();
				log.info("노드 대조: 메모리의 첫 화면 배치({})가 데이터베이스와 달라 다시 읽었습니다", slot);
				// Published outside a transaction: this node's home page follows, nothing is announced.
				events.publishEvent(new FrontPageChanged(slot));
			}
		}
	}

	void reload() {
		current = Map.copyOf(placements.current());
	}

	private void changed(Slot slot) {
		reload();
		events.publishEvent(new FrontPageChanged(slot));
	}

}
