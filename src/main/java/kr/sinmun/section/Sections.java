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

	private volatile Snapshot snapshot;

	Sections(SectionRepository repository) {
		this.repository = repository;
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

	public void reload() {
		List<Section> all = repository.findAll();
		snapshot = new Snapshot(all, all.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::id, Function.identity())));
	}

	private record Snapshot(List<Section> all, Map<String, Section> bySlug, Map<Integer, Section> byId) {
	}

}
