package kr.sinmun.section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

	/** The longest name a section may have: the menu bar and the breadcrumb have room for it. */
	public static final int MAX_NAME_LENGTH = 40;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,40}");

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

	/** All sections, sub-sections included, in the administrator's order (position, then the order added). */
	public List<Section> all() {
		return snapshot.all();
	}

	/**
	 * The top-level sections shown in the menu bar, in order. Sub-sections are not in it: they appear under their
	 * parent in {@link #tree()} and on the parent's page.
	 */
	public List<Section> menu() {
		return snapshot.all().stream().filter(section -> section.inMenu() && !section.isSubSection()).toList();
	}

	/**
	 * The 전체메뉴: each section of {@link #menu()} with its shown sub-sections under it. A hidden parent hides its
	 * sub-sections with it.
	 */
	public List<MenuEntry> tree() {
		return menu().stream()
			.map(parent -> new MenuEntry(parent, subSections(parent.id()).stream().filter(Section::inMenu).toList()))
			.toList();
	}

	/** Every section a reader reaches from the menu, parents and their shown sub-sections, in menu order. */
	public List<Section> listed() {
		return tree().stream()
			.flatMap(entry -> Stream.concat(Stream.of(entry.section()),
					entry.subSections().stream()))
			.toList();
	}

	/** The sub-sections of a section, shown or hidden, in order; none for a sub-section. */
	public List<Section> subSections(int parentId) {
		return snapshot.children().getOrDefault(parentId, List.of());
	}

	/**
	 * The slugs a filter on {@code slug} matches: the section's own and its sub-sections' (a reader filtering by
	 * 경제 expects 부동산's articles too); only its own for a sub-section, none for an unknown slug. Read from the
	 * sections as they are now, so a section moved under another parent is followed at once.
	 */
	public List<String> slugsWithin(String slug) {
		Section section = snapshot.bySlug().get(slug);
		if (section == null) {
			return List.of();
		}
		return Stream.concat(Stream.of(section), subSections(section.id()).stream()).map(Section::slug).toList();
	}

	/** The section a sub-section belongs to; empty for a top-level section. */
	public Optional<Section> parentOf(Section section) {
		return section.parentId() == null ? Optional.empty() : byId(section.parentId());
	}

	public Optional<Section> bySlug(String slug) {
		return Optional.ofNullable(snapshot.bySlug().get(slug));
	}

	public Optional<Section> byId(int id) {
		return Optional.ofNullable(snapshot.byId().get(id));
	}

	/**
	 * Adds a section, or changes one when {@code id} is given, and reloads the menu. A slug another section
	 * uses is refused with {@link SlugTakenException}; a parent that cannot be one (see
	 * {@link SectionNestingException}) with that exception. {@code parentId} null makes a top-level section.
	 */
	@Transactional
	public Section save(Integer id, String slug, String name, int position, boolean inMenu, Integer parentId) {
		Map<String, String> problems = problems(slug, name);
		if (!problems.isEmpty()) {
			throw new InvalidSectionException(problems);
		}
		Section other = snapshot.bySlug().get(slug);
		if (other != null && (id == null || other.id() != id)) {
			throw new SlugTakenException(slug);
		}
		if (parentId != null) {
			checkParent(id, parentId);
		}
		int saved;
		try {
			saved = id == null ? repository.insert(slug, name, position, inMenu, parentId) : id;
			if (id != null && !repository.update(id, slug, name, position, inMenu, parentId)) {
				throw new java.util.NoSuchElementException("섹션이 없습니다: " + id);
			}
		}
		catch (DuplicateKeyException ex) {
			// CASE: another administrator took the slug at the same moment (the snapshot above had not seen it).
			throw new SlugTakenException(slug);
		}
		catch (DataIntegrityViolationException ex) {
			// CASE: another administrator nested a section at the same moment; the trigger had the last word.
			throw new SectionNestingException("다른 관리자가 방금 섹션을 바꿔 이 상위 섹션을 고를 수 없습니다. 다시 확인하십시오.");
		}
		reload();
		events.publishEvent(new SectionsChanged());
		return byId(saved).orElseThrow();
	}

	/**
	 * What is wrong with a section's name and slug as typed, by field ({@code name}, {@code slug}), in the order
	 * to read them; empty when both may be saved. The newsroom's section screen and the API both ask here.
	 */
	public static Map<String, String> problems(String slug, String name) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (name == null || name.isBlank()) {
			problems.put("name", "섹션 이름을 쓰십시오.");
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			problems.put("name", "섹션 이름을 " + MAX_NAME_LENGTH + "자 이내로 쓰십시오.");
		}
		else if (name.codePoints().anyMatch(Sections::unshowable)) {
			// CASE: a line break or U+202E (which turns the text after it around) in the menu, 전체메뉴 and every
			// select that lists sections.
			problems.put("name", "섹션 이름에 줄바꿈이나 보이지 않는 제어 문자(글자 방향 바꿈 등)를 쓸 수 없습니다.");
		}
		if (slug == null || !SLUG.matcher(slug.strip()).matches()) {
			problems.put("slug", "주소(slug)는 영문 소문자, 숫자, 하이픈으로 40자 이내여야 합니다(예: economy).");
		}
		return problems;
	}

	// Control and format characters (line breaks, bidi overrides, zero-width marks), line and paragraph
	// separators, and surrogates not in a pair: nothing a one-line name shows.
	private static boolean unshowable(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
	}

	// The same rules as the trigger of V202612060800, in words an administrator can act on.
	private void checkParent(Integer id, int parentId) {
		if (id != null && id == parentId) {
			throw new SectionNestingException("섹션을 자기 자신의 하위 섹션으로 둘 수 없습니다.");
		}
		Section parent = byId(parentId)
			.orElseThrow(() -> new SectionNestingException("고른 상위 섹션이 없습니다. 목록에서 다시 고르십시오."));
		if (parent.isSubSection()) {
			throw new SectionNestingException("'" + parent.name() + "'은(는) 하위 섹션이라 그 아래에 섹션을 둘 수 없습니다(한 단계만 됩니다).");
		}
		if (id != null && !subSections(id).isEmpty()) {
			throw new SectionNestingException("하위 섹션이 있는 섹션은 다른 섹션 아래로 옮길 수 없습니다. 하위 섹션을 먼저 옮기십시오.");
		}
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
		Map<Integer, List<Section>> children = all.stream()
			.filter(Section::isSubSection)
			.collect(Collectors.groupingBy(Section::parentId, Collectors.toUnmodifiableList()));
		snapshot = new Snapshot(all, all.stream().collect(Collectors.toUnmodifiableMap(Section::slug, Function.identity())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::id, Function.identity())), Map.copyOf(children));
	}

	private record Snapshot(List<Section> all, Map<String, Section> bySlug, Map<Integer, Section> byId,
			Map<Integer, List<Section>> children) {
	}

}
