package kr.sinmun.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The sections, held in memory: every reader page shows the menu, and there are a handful of sections that
 * change a few times a year. {@link #reload()} re-reads them after an administrator edits one.
 */
@Service
public class Sections {

	private final SectionRepository repository;

	private final org.springframework.context.ApplicationEventPublisher events;

	private volatile Snapshot snapshot;

	Sections(SectionRepository repository, org.springframework.context.ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
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

	public void reload() {
		List<Section> all = repository.findAll();
		snapshot = new Snapshot(all, all.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::id, Function.identity())));
	}

	private record Snapshot(List<Section> all, Map<String, Section> bySlug, Map<Integer, Section> byId) {
	}

}
