package kr.sinmun.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's arrangement of the home page. Readers' pages read the current arrangement from memory; it is
 * reloaded on every change and every half minute, so other nodes follow without a query per page view.
 */
@Service
public class FrontPage {

	private final PlacementRepository placements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile Map<Slot, Long> current = Map.of();

	FrontPage(PlacementRepository placements, ApplicationEventPublisher events, Clock clock) {
		this.placements = placements;
		this.events = events;
		this.clock = clock;
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

	@Scheduled(fixedDelayString = "${sinmun.frontpage.reload:30s}", initialDelay = 0)
	public void reload() {
		current = Map.copyOf(placements.current());
	}

	private void changed(Slot slot) {
		reload();
		events.publishEvent(new FrontPageChanged(slot));
	}

}
