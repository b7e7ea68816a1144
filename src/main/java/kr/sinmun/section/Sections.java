package kr.sinmun.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sections, held in memory: every reader page shows the menu, and there are a handful of sections that
 * change a few times a year. They are re-read after an administrator edits one, on whichever node
 * ({@link SectionsChanged} comes through the change feed from the others), and compared with the database every
 * {@code sinmun.reconcile-interval}, which repairs and reports any difference.
 */
@Service
public class Sections {

	private static final Logger log = LoggerFactory.getLogger(Sections.class);

	private final SectionRepository repository;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Counter repairs;

	private volatile Snapshot snapshot;

	Sections(SectionRepository repository, org.springframework.context.ApplicationEventPublisher events,
			MeterRegistry meters) {
		this.repository = repository;
		this.events = events;
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "sections");
		reload();
	}

	/** All sections in menu order. */
	public List<Section> all() {
		return snapshot.all();
	}

	/** The sections shown in the menu, in order. */
	public List<Section> menu() {
		return snapshot.all().stream().filter(Section::inMenu).toList();
	}

	public Optional<Section> bySlug(String slug) {
		return Optional.ofNullable(snapshot.bySlug().get(slug));
	}

	public Optional<Section> byId(int id) {
		return Optional.ofNullable(snapshot.byId().get(id));
	}

	/**
	 * Adds a section, or changes one when {@code id} is given, and reloads the menu. A slug another section
	 * uses is refused with {@link SlugTakenException}.
	 */
	@org.springframework.transaction.annotation.Transactional
	public Section save(Integer id, String slug, String name, int position, boolean inMenu) {
		Section other = snapshot.bySlug().get(slug);
		if (other != null && (id == null || other.id() != id)) {
			throw new SlugTakenException(slug);
		}
		int saved = id == null ? repository.insert(slug, name, position, inMenu) : id;
		if (id != null && !repository.update(id, slug, name, position, inMenu)) {
			throw new java.util.NoSuchElementException("섹션이 없습니다: " + id);
		}
		reload();
		events.publishEvent(new SectionsChanged());
		return byId(saved).orElseThrow();
	}

	// First, before the page cache drops the pages that show the menu.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(SectionsChanged event) {
		reload();
	}

	/** Re-reads the sections; a difference from what was held is a missed change, repaired and reported. */
	@Scheduled(fixedDelayString = "${sinmun.reconcile-interval:5m}", initialDelay = 0)
	void reconcile() {
		List<Section> before = snapshot.all();
		reload();
		if (!before.equals(snapshot.all())) {
			repairs.increment();
			log.info("노드 대조: 메모리의 섹션이 데이터베이스와 달라 다시 읽었습니다");
			// Published outside a transaction: this node's pages follow, nothing is announced to the others.
			events.publishEvent(new SectionsChanged());
		}
	}

	void reload() {
		List<Section> all = repository.findAll();
		snapshot = new Snapshot(all, all.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::id, Function.identity())));
	}

	private record Snapshot(List<Section> all, Map<String, Section> bySlug, Map<Integer, Section> byId) {
	}

}
