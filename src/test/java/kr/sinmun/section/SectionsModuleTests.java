package kr.sinmun.section;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The menu every reader page shows, against real PostgreSQL: shown sections in the administrator's order (equal
 * positions keep the order they were added in), hidden ones left out, and one section per address. The sections
 * a test adds are removed after it, so a database shared with the rest of the suite keeps the demo paper's menu.
 * <p>
 * The module boots alone (with {@code platform}, which owns the database), which also proves that {@code section}
 * needs no other module.
 */
@ApplicationModuleTest(extraIncludes = "platform")
// The readiness group names the search index's health, which belongs to a module this test leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class SectionsModuleTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerModule(registry, "section");
	}

	@Autowired
	Sections sections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Integer> added = new ArrayList<>();

	@AfterEach
	void removeAddedSections() {
		if (!added.isEmpty()) {
			jdbc.sql("DELETE FROM sections WHERE id IN (:ids)").param("ids", added).update();
			// As an administrator's change would: the menu held in memory follows.
			events.publishEvent(new SectionsChanged());
		}
	}

	@Test
	void menuShowsShownSectionsByPositionThenInTheOrderTheyWereAdded() {
		int after = sections.all().stream().mapToInt(Section::position).max().orElse(0) + 10;
		Section later = add("t-menu-later", "나중", after + 2, true);
		Section hidden = add("t-menu-hidden", "숨김", after + 1, false);
		Section first = add("t-menu-first", "먼저", after + 1, true);
		Section tie = add("t-menu-tie", "같은 자리", after + 1, true);

		assertThat(ours(sections.all())).containsExactly(hidden, first, tie, later);
		assertThat(ours(sections.menu())).containsExactly(first, tie, later);

		// Moving a section up reorders the menu at once, and its new name shows wherever it is looked up.
		Section moved = sections.save(later.id(), later.slug(), "앞으로", after, true, null);
		assertThat(ours(sections.menu())).containsExactly(moved, first, tie);
		assertThat(sections.bySlug("t-menu-later")).get().extracting(Section::name).isEqualTo("앞으로");
		assertThat(sections.byId(later.id())).contains(moved);
	}

	@Test
	void refusesASlugAnotherSectionAnswersAtAndChangesNothing() {
		Section taken = add("t-slug-taken", "먼저 온 섹션", 900, false);
		Section other = add("t-slug-other", "다른 섹션", 901, false);
		List<Section> before = sections.all();

		assertThatExceptionOfType(SlugTakenException.class)
			.isThrownBy(() -> sections.save(null, "t-slug-taken", "새 섹션", 902, true, null));
		assertThatExceptionOfType(SlugTakenException.class)
			.isThrownBy(() -> sections.save(other.id(), "t-slug-taken", "다른 섹션", 901, false, null));
		assertThat(sections.all()).isEqualTo(before);

		// A section keeps its own address when only its name changes.
		Section renamed = sections.save(taken.id(), "t-slug-taken", "바뀐 이름", 900, false, null);
		assertThat(renamed).isEqualTo(new Section(taken.id(), "t-slug-taken", "바뀐 이름", 900, false));
		assertThat(renamed.url()).isEqualTo("/section/t-slug-taken");
	}

	private Section add(String slug, String name, int position, boolean inMenu) {
		Section section = sections.save(null, slug, name, position, inMenu, null);
		added.add(section.id());
		return section;
	}

	private List<Section> ours(List<Section> listed) {
		return listed.stream().filter(section -> added.contains(section.id())).toList();
	}

}
