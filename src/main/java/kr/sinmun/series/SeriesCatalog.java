package kr.sinmun.series;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The series (연재). They are read from the database when asked, not held in memory: they are asked for when a
 * reader page is rendered (which the page cache keeps) or when the newsroom or the API saves something, and a
 * copy in memory would be one more thing every node must keep in step.
 */
@Service
public class SeriesCatalog {

	private final SeriesRepository repository;

	private final ApplicationEventPublisher events;

	SeriesCatalog(SeriesRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Every series, active ones first, then by name. */
	public List<Series> all() {
		return repository.findAll();
	}

	/** Every series by id, for naming the series of many articles with one query. */
	public Map<Integer, Series> byIds() {
		return all().stream().collect(Collectors.toUnmodifiableMap(Series::id, Function.identity()));
	}

	/** The series at this address, active or not; empty for anything that cannot be a slug. */
	public Optional<Series> bySlug(String slug) {
		return SeriesFields.isSlug(slug) ? repository.findBySlug(slug) : Optional.empty();
	}

	public Optional<Series> byId(int id) {
		return repository.findById(id);
	}

	/**
	 * Whether an article now in {@code current} (null when in none) may be put in {@code wanted}: an active series,
	 * or the one it is already in (an ended series' episodes can still be corrected).
	 */
	public static boolean mayJoin(Series wanted, Integer current) {
		return wanted.active() || current != null && current == wanted.id();
	}

	/**
	 * Adds a series, or changes one when {@code id} is given. The fields must have passed
	 * {@link SeriesFields#problems}; they are stored stripped.
	 * @throws SeriesSlugTakenException when another series has the slug
	 * @throws SeriesNotFoundException when {@code id} names no series
	 */
	@Transactional
	public Series save(Integer id, String slug, String name, String description, boolean active) {
		String s = slug.strip();
		repository.findBySlug(s).filter(other -> id == null || other.id() != id).ifPresent(other -> {
			throw new SeriesSlugTakenException(s);
		});
		String d = description == null ? "" : description.strip();
		int saved;
		try {
			if (id == null) {
				saved = repository.insert(s, name.strip(), d, active);
			}
			else if (repository.update(id, s, name.strip(), d, active)) {
				saved = id;
			}
			else {
				throw new SeriesNotFoundException(id);
			}
		}
		catch (DuplicateKeyException ex) {
			// CASE: two desks saved the same new slug at the same moment; the unique index decided.
			throw new SeriesSlugTakenException(s);
		}
		events.publishEvent(new SeriesChanged(saved));
		return repository.findById(saved).orElseThrow();
	}

}
