package kr.sinmun.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

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

	private final LayoutRepository layouts;

	private final Sections sections;

	private volatile Map<Slot, Long> current;

	// As stored; empty while the desk has not composed the page (the default is drawn from the menu then).
	private volatile List<Box> stored;

	FrontPage(PlacementRepository placements, LayoutRepository layouts, Sections sections,
			ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "frontpage");
		this.placements = placements;
		this.layouts = layouts;
		this.sections = sections;
		this.events = events;
		this.clock = clock;
		reload();
	}

	/** The article in each filled slot. */
	public Map<Slot, Long> current() {
		return current;
	}

	/**
	 * The home page's boxes, main column first and each column in order: as the desk composed them, or the
	 * default composition when it never did. Section boxes of sections no longer in the menu (for a sub-section: in
	 * the 전체메뉴 under its shown parent) are left out.
	 */
	public List<Box> layout() {
		List<Box> boxes = stored;
		if (boxes.isEmpty()) {
			return DefaultLayout.of(sections.menu());
		}
		// A sub-section's box stands while readers reach the sub-section from the 전체메뉴.
		List<Integer> inMenu = sections.listed().stream().map(Section::id).toList();
		return boxes.stream().filter(box -> box.kind() != Box.Kind.SECTION || inMenu.contains(box.sectionId())).toList();
	}

	/** Whether the page follows the default composition (the desk never saved one). */
	public boolean isDefaultLayout() {
		return stored.isEmpty();
	}

	/**
	 * Stores a new composition and records the change in 배열 기록 as {@code summary}. The boxes are taken main
	 * column first; their phone order is renumbered 1, 2, 3… in the order given by each box's phoneOrder.
	 */
	@Transactional
	public void arrange(List<Box> boxes, long actorId, String summary) {
		// Positions in the list, not the boxes themselves: two boxes may be alike.
		List<Integer> byPhone = new ArrayList<>(java.util.stream.IntStream.range(0, boxes.size()).boxed().toList());
		byPhone.sort(java.util.Comparator.comparingInt(i -> boxes.get(i).phoneOrder()));
		List<Box> numbered = new ArrayList<>();
		for (Box.Area area : Box.Area.values()) {
			for (int i = 0; i < boxes.size(); i++) {
				if (boxes.get(i).area() == area) {
					numbered.add(boxes.get(i).withPhoneOrder(byPhone.indexOf(i) + 1));
				}
			}
		}
		layouts.replace(numbered);
		layouts.record(actorId, summary, clock.instant());
		reload();
		events.publishEvent(new FrontPageChanged(null));
	}

	/** Goes back to the default composition drawn from the menu, recorded in 배열 기록. */
	@Transactional
	public void resetLayout(long actorId) {
		layouts.replace(List.of());
		layouts.record(actorId, "기본 구성으로 되돌림", clock.instant());
		reload();
		events.publishEvent(new FrontPageChanged(null));
	}

	/** Changes of the composition within {@code [from, to)}, oldest first. */
	public List<LayoutChange> layoutHistory(Instant from, Instant to) {
		return layouts.changes(from, to);
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
		List<Box> boxesBefore = stored;
		reload();
		if (!boxesBefore.equals(stored)) {
			repairs.increment();
			log.info("노드 대조: 메모리의 홈 구성이 데이터베이스와 달라 다시 읽었습니다");
			events.publishEvent(new FrontPageChanged(null));
		}
		for (Slot slot : Slot.values()) {
			if (!Objects.equals(before.get(slot), current.get(slot))) {
				repairs.increment();
				log.info("노드 대조: 메모리의 첫 화면 배치({})가 데이터베이스와 달라 다시 읽었습니다", slot);
				// Published outside a transaction: this node's home page follows, nothing is announced.
				events.publishEvent(new FrontPageChanged(slot));
			}
		}
	}

	void reload() {
		current = Map.copyOf(placements.current());
		stored = List.copyOf(layouts.boxes());
	}

	private void changed(Slot slot) {
		reload();
		events.publishEvent(new FrontPageChanged(slot));
	}

}
