package kr.sinmun.section;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The menu every reader page shows, against real PostgreSQL: shown sections in the administrator's order (equal
 * positions keep the order they were added in), hidden ones left out, one section per address, and sub-sections
 * one level deep under a top-level parent (refused otherwise by {@link Sections} and by the database). The sections
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


	@Test
	void aSubSectionHangsUnderItsParentInTheTreeButNotInTheMenuBar() {
		int after = sections.all().stream().mapToInt(Section::position).max().orElse(0) + 10;
		Section parent = add("t-tree-parent", "상위", after, true);
		Section second = add("t-tree-second", "둘째 하위", after + 2, true, parent.id());
		Section first = add("t-tree-first", "첫째 하위", after + 1, true, parent.id());
		Section hidden = add("t-tree-hidden", "숨긴 하위", after + 3, false, parent.id());

		assertThat(first.parentId()).isEqualTo(parent.id());
		assertThat(first.isSubSection()).isTrue();
		assertThat(sections.parentOf(first)).contains(parent);
		assertThat(sections.parentOf(parent)).isEmpty();
		assertThat(ours(sections.menu())).containsExactly(parent);
		assertThat(sections.subSections(parent.id())).containsExactly(first, second, hidden);
		assertThat(sections.tree()).filteredOn(entry -> entry.section().equals(parent))
			.singleElement()
			.extracting(MenuEntry::subSections)
			.isEqualTo(List.of(first, second));
		assertThat(ours(sections.listed())).containsExactly(parent, first, second);

		// Hiding the parent takes its sub-sections out of every menu with it; their pages stay.
		sections.save(parent.id(), parent.slug(), parent.name(), parent.position(), false, null);
		assertThat(ours(sections.menu())).isEmpty();
		assertThat(ours(sections.listed())).isEmpty();
		assertThat(sections.bySlug("t-tree-first")).contains(first);

		// A sub-section moved back to the top joins the menu bar.
		Section moved = sections.save(second.id(), second.slug(), second.name(), second.position(), true, null);
		assertThat(moved.isSubSection()).isFalse();
		assertThat(ours(sections.menu())).containsExactly(moved);
		assertThat(sections.subSections(parent.id())).containsExactly(first, hidden);
	}

	@Test
	void aParentsFilterTakesItsSubSectionsSlugsAsTheyStandNow() {
		Section parent = add("t-within-parent", "상위", 930, false);
		Section other = add("t-within-other", "다른 상위", 931, false);
		Section sub = add("t-within-sub", "하위", 932, false, parent.id());
		Section hidden = add("t-within-hidden", "숨긴 하위", 933, false, parent.id());

		assertThat(sections.slugsWithin(parent.slug())).containsExactly(parent.slug(), sub.slug(), hidden.slug());
		assertThat(sections.slugsWithin(sub.slug())).containsExactly(sub.slug());
		assertThat(sections.slugsWithin("t-within-none")).isEmpty();
		sections.save(sub.id(), sub.slug(), sub.name(), sub.position(), false, other.id());
		assertThat(sections.slugsWithin(parent.slug())).containsExactly(parent.slug(), hidden.slug());
		assertThat(sections.slugsWithin(other.slug())).containsExactly(other.slug(), sub.slug());
	}

	@Test
	void refusesANameOrSlugTheMenuCannotShowAndStoresNothing() {
		int before = sections.all().size();
		assertThat(Sections.problems("t-ok", "경제")).isEmpty();
		assertThat(Sections.problems("T OK", " ")).containsOnlyKeys("name", "slug");
		assertThat(Sections.problems("t-ok", "가".repeat(41))).containsOnlyKeys("name");
		assertThat(Sections.problems("a".repeat(41), "경제")).containsOnlyKeys("slug");
		assertThat(Sections.problems(null, null)).containsOnlyKeys("name", "slug");
		assertThat(Sections.problems("t-ok", "   ")).containsEntry("name", "섹션 이름을 쓰십시오.");
		for (String unshowable : List.of("줄\n바꿈", "방향\u202e바꿈", "보이지\u200b않는", "격리\u2066", "\ud800홀로")) {
			assertThat(Sections.problems("t-ok", unshowable)).as(unshowable.codePoints().boxed().toList().toString())
				.containsEntry("name", "섹션 이름에 줄바꿈이나 보이지 않는 제어 문자(글자 방향 바꿈 등)를 쓸 수 없습니다.");
		}
		assertThat(Sections.problems("t-ok", "금융·증권 ③")).isEmpty();
		assertThatExceptionOfType(InvalidSectionException.class)
			.isThrownBy(() -> sections.save(null, "t-bad/slug", "이름", 940, false, null))
			.satisfies(ex -> assertThat(ex.problems()).containsOnlyKeys("slug"))
			.withMessageContaining("영문 소문자");
		assertThat(sections.all()).hasSize(before);
	}

	// CASE: two administrators add the same slug at once; the snapshot of neither has the other's yet. Found by a
	// tester sending pairs of API requests: the loser was told its parent was wrong (400), not that the slug was taken.
	@Test
	void twoSavesOfOneNewSlugAtOnceStoreOneAndTellTheOtherTheSlugIsTaken() throws Exception {
		for (int round = 0; round < 8; round++) {
			String slug = "t-race-" + round;
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<Object>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					results.add(pool.submit(() -> {
						start.await();
						try {
							Section saved = sections.save(null, slug, "경합", 950, false, null);
							synchronized (added) {
								added.add(saved.id());
							}
							return saved;
						}
						catch (RuntimeException ex) {
							return ex;
						}
					}));
				}
				List<Object> outcomes = new ArrayList<>();
				for (var result : results) {
					outcomes.add(result.get());
				}
				assertThat(outcomes).filteredOn(Section.class::isInstance).as("round %d", round).hasSize(1);
				assertThat(outcomes).filteredOn(outcome -> !(outcome instanceof Section))
					.as("round %d", round)
					.singleElement()
					.isInstanceOf(SlugTakenException.class);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void refusesAParentThatCannotBeOneAndChangesNothing() {
		Section parent = add("t-nest-parent", "상위", 910, false);
		Section child = add("t-nest-child", "하위", 911, false, parent.id());
		Section plain = add("t-nest-plain", "보통", 912, false);
		List<Section> before = sections.all();

		assertThatExceptionOfType(SectionNestingException.class)
			.as("under a sub-section: one level only")
			.isThrownBy(() -> sections.save(plain.id(), plain.slug(), plain.name(), 912, false, child.id()))
			.withMessageContaining("하위 섹션이라");
		assertThatExceptionOfType(SectionNestingException.class)
			.as("a new section under a sub-section")
			.isThrownBy(() -> sections.save(null, "t-nest-new", "새", 913, false, child.id()));
		assertThatExceptionOfType(SectionNestingException.class)
			.as("a section with sub-sections becoming one")
			.isThrownBy(() -> sections.save(parent.id(), parent.slug(), parent.name(), 910, false, plain.id()))
			.withMessageContaining("하위 섹션이 있는 섹션");
		assertThatExceptionOfType(SectionNestingException.class)
			.as("under itself")
			.isThrownBy(() -> sections.save(plain.id(), plain.slug(), plain.name(), 912, false, plain.id()));
		assertThatExceptionOfType(SectionNestingException.class)
			.as("under a section that does not exist")
			.isThrownBy(() -> sections.save(plain.id(), plain.slug(), plain.name(), 912, false, Integer.MAX_VALUE));
		assertThat(sections.all()).isEqualTo(before);
		assertThat(sections.bySlug("t-nest-new")).isEmpty();
	}

	@Test
	void theDatabaseHoldsTheSameRulesForWritesThatBypassSections() {
		Section parent = add("t-db-parent", "상위", 920, false);
		Section child = add("t-db-child", "하위", 921, false, parent.id());
		Section plain = add("t-db-plain", "보통", 922, false);

		assertThatExceptionOfType(DataIntegrityViolationException.class).as("two levels")
			.isThrownBy(() -> jdbc.sql("UPDATE sections SET parent_id = :child WHERE id = :plain")
				.param("child", child.id()).param("plain", plain.id()).update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).as("a parent becoming a sub-section")
			.isThrownBy(() -> jdbc.sql("UPDATE sections SET parent_id = :plain WHERE id = :parent")
				.param("plain", plain.id()).param("parent", parent.id()).update());
		assertThatExceptionOfType(DataIntegrityViolationException.class).as("its own parent")
			.isThrownBy(() -> jdbc.sql("UPDATE sections SET parent_id = id WHERE id = :plain")
				.param("plain", plain.id()).update());
		// Removing a parent that still has sub-sections is refused; its sub-sections go first.
		assertThatExceptionOfType(DataIntegrityViolationException.class).as("removing a parent")
			.isThrownBy(() -> jdbc.sql("DELETE FROM sections WHERE id = :parent").param("parent", parent.id()).update());
		assertThat(jdbc.sql("SELECT parent_id FROM sections WHERE id = :child").param("child", child.id())
			.query(Integer.class).single()).isEqualTo(parent.id());
	}

	private Section add(String slug, String name, int position, boolean inMenu) {
		return add(slug, name, position, inMenu, null);
	}

	private Section add(String slug, String name, int position, boolean inMenu, Integer parentId) {
		Section section = sections.save(null, slug, name, position, inMenu, parentId);
		added.add(section.id());
		return section;
	}

	private List<Section> ours(List<Section> listed) {
		return listed.stream().filter(section -> added.contains(section.id())).toList();
	}

}
