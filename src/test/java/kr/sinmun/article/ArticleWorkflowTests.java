package kr.sinmun.article;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.sinmun.people.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

	private static final long ME = 7;

	private static final long SOMEONE_ELSE = 8;

	/** The states an article can be in, as the newsroom tells them apart (출고 split into 예약 and out). */
	enum State {

		DRAFT(ArticleStatus.DRAFT, null), SUBMITTED(ArticleStatus.SUBMITTED, null), HELD(ArticleStatus.HELD, null),
		OUT(ArticleStatus.PUBLISHED, NOW.minus(Duration.ofHours(1))),
		WAITING(ArticleStatus.PUBLISHED, NOW.plus(Duration.ofHours(1))), UNPUBLISHED(ArticleStatus.UNPUBLISHED, null);

		final ArticleStatus status;

		final Instant publishedAt;

		State(ArticleStatus status, Instant publishedAt) {
			this.status = status;
			this.publishedAt = publishedAt;
		}

	}

	// The table as the newsroom guide states it, written out rather than derived, one row per action.
	private static final Map<ArticleAction, Set<State>> REPORTER_OWN = table(Map.of(
			ArticleAction.SUBMIT, EnumSet.of(State.DRAFT),
			ArticleAction.WITHDRAW, EnumSet.of(State.SUBMITTED)));

	private static final Map<ArticleAction, Set<State>> DESK_OTHERS = table(Map.of(
			ArticleAction.SUBMIT, EnumSet.of(State.DRAFT),
			ArticleAction.PUBLISH, EnumSet.of(State.DRAFT, State.SUBMITTED, State.HELD, State.WAITING, State.UNPUBLISHED),
			ArticleAction.SCHEDULE, EnumSet.of(State.DRAFT, State.SUBMITTED, State.HELD, State.WAITING, State.UNPUBLISHED),
			ArticleAction.EMBARGO, EnumSet.of(State.DRAFT, State.SUBMITTED, State.HELD, State.WAITING, State.UNPUBLISHED),
			ArticleAction.HOLD, EnumSet.of(State.DRAFT, State.SUBMITTED, State.WAITING),
			ArticleAction.RETURN, EnumSet.of(State.SUBMITTED, State.HELD),
			ArticleAction.UNPUBLISH, EnumSet.of(State.OUT)));

	@Test
	void reporterSubmitsAndWithdrawsTheirOwnArticleAndNothingElse() {
		assertTable(Role.REPORTER, ME, REPORTER_OWN);
	}

	@Test
	void reporterTakesNoActionOnSomeoneElsesArticle() {
		assertTable(Role.REPORTER, SOMEONE_ELSE, table(Map.of()));
	}

	@Test
	void deskMovesAnyonesArticleThroughEveryStateButCannotWithdrawForTheReporter() {
		assertTable(Role.EDITOR, SOMEONE_ELSE, DESK_OTHERS);
		assertTable(Role.ADMIN, SOMEONE_ELSE, DESK_OTHERS);
	}

	@Test
	void deskWithdrawsTheirOwnSubmittedArticleLikeAnyReporter() {
		Map<ArticleAction, Set<State>> own = new LinkedHashMap<>(DESK_OTHERS);
		own.put(ArticleAction.WITHDRAW, EnumSet.of(State.SUBMITTED));
		assertTable(Role.EDITOR, ME, own);
		assertTable(Role.ADMIN, ME, own);
	}

	@Test
	void allowedListsTheButtonsInOrder() {
		assertThat(ArticleWorkflow.allowed(Role.EDITOR, ME, article(State.SUBMITTED, SOMEONE_ELSE), NOW))
			.containsExactly(ArticleAction.PUBLISH, ArticleAction.SCHEDULE, ArticleAction.EMBARGO, ArticleAction.HOLD,
					ArticleAction.RETURN);
		assertThat(ArticleWorkflow.allowed(Role.REPORTER, ME, article(State.OUT, ME), NOW)).isEmpty();
	}

	@Test
	void aScheduledArticleIsOutOnceItsTimeHasCome() {
		ArticleDetail scheduled = article(State.WAITING, SOMEONE_ELSE);
		Instant later = State.WAITING.publishedAt.plusSeconds(1);
		assertThat(ArticleWorkflow.allows(Role.EDITOR, ME, ArticleAction.UNPUBLISH, scheduled, NOW)).isFalse();
		assertThat(ArticleWorkflow.allows(Role.EDITOR, ME, ArticleAction.UNPUBLISH, scheduled, later)).isTrue();
		assertThat(ArticleWorkflow.allows(Role.EDITOR, ME, ArticleAction.PUBLISH, scheduled, later)).isFalse();
	}

	@Test
	void reporterEditsOnlyTheirOwnDraftAndTheDeskEditsAnything() {
		for (State state : State.values()) {
			assertThat(ArticleWorkflow.mayEdit(Role.REPORTER, ME, article(state, ME))).as(state.name())
				.isEqualTo(state == State.DRAFT);
			assertThat(ArticleWorkflow.mayEdit(Role.REPORTER, ME, article(state, SOMEONE_ELSE))).as(state.name()).isFalse();
			assertThat(ArticleWorkflow.mayEdit(Role.EDITOR, ME, article(state, SOMEONE_ELSE))).as(state.name()).isTrue();
			assertThat(ArticleWorkflow.mayEdit(Role.ADMIN, ME, article(state, SOMEONE_ELSE))).as(state.name()).isTrue();
		}
	}

	@Test
	void reporterStoresOnlyDraftsAndSubmissionsWhileTheDeskStoresAnyState() {
		assertThat(List.of(ArticleStatus.values()).stream().filter(s -> ArticleWorkflow.mayStoreAs(Role.REPORTER, s)))
			.containsExactly(ArticleStatus.DRAFT, ArticleStatus.SUBMITTED);
		for (Role desk : List.of(Role.EDITOR, Role.ADMIN)) {
			assertThat(List.of(ArticleStatus.values()).stream().filter(s -> ArticleWorkflow.mayStoreAs(desk, s)))
				.containsExactly(ArticleStatus.values());
		}
	}

	@Test
	void reporterWritesUnderTheirOwnBylineAndTheDeskCreditsAnyone() {
		assertThat(ArticleWorkflow.mayWriteAs(Role.REPORTER, ME, ME)).isTrue();
		assertThat(ArticleWorkflow.mayWriteAs(Role.REPORTER, ME, SOMEONE_ELSE)).isFalse();
		assertThat(ArticleWorkflow.mayWriteAs(Role.EDITOR, ME, SOMEONE_ELSE)).isTrue();
		assertThat(ArticleWorkflow.mayWriteAs(Role.ADMIN, ME, SOMEONE_ELSE)).isTrue();
	}

	@Test
	void onlyEditorsAndAdministratorsAreTheDesk() {
		assertThat(ArticleWorkflow.isDesk(Role.REPORTER)).isFalse();
		assertThat(ArticleWorkflow.isDesk(Role.EDITOR)).isTrue();
		assertThat(ArticleWorkflow.isDesk(Role.ADMIN)).isTrue();
	}

	private static void assertTable(Role role, long owner, Map<ArticleAction, Set<State>> expected) {
		for (ArticleAction action : ArticleAction.values()) {
			for (State state : State.values()) {
				assertThat(ArticleWorkflow.allows(role, ME, action, article(state, owner), NOW))
					.as("%s %s on %s article in %s", role, action, owner == ME ? "their own" : "another's", state)
					.isEqualTo(expected.get(action).contains(state));
			}
		}
	}

	@Test
	void notesAreForTheArticlesWritersAndTheDeskAndOnlyReturnNeedsOne() {
		ArticleDetail shared = new ArticleDetail(1, 1, 7, "제목", null, "<p>본문</p>", "본문", null, null, null, List.of(),
				ArticleStatus.SUBMITTED, null, NOW, NOW, 1, false, List.of(), List.of(8L), null);
		assertThat(ArticleWorkflow.mayNote(Role.REPORTER, 7, shared)).as("its reporter").isTrue();
		assertThat(ArticleWorkflow.mayNote(Role.REPORTER, 8, shared)).as("a co-reporter").isTrue();
		assertThat(ArticleWorkflow.mayNote(Role.REPORTER, 9, shared)).as("another reporter").isFalse();
		assertThat(ArticleWorkflow.mayNote(Role.EDITOR, 9, shared)).as("the desk").isTrue();
		assertThat(ArticleWorkflow.mayDiscard(Role.REPORTER, 8, shared)).as("a co-reporter").isFalse();
		assertThat(ArticleWorkflow.mayDiscard(Role.REPORTER, 7, shared)).as("its reporter").isTrue();
		assertThat(EnumSet.allOf(ArticleAction.class)).filteredOn(ArticleAction::needsNote)
			.containsExactly(ArticleAction.RETURN);
	}

	private static Map<ArticleAction, Set<State>> table(Map<ArticleAction, Set<State>> rows) {
		Map<ArticleAction, Set<State>> table = new LinkedHashMap<>();
		for (ArticleAction action : ArticleAction.values()) {
			table.put(action, rows.getOrDefault(action, EnumSet.noneOf(State.class)));
		}
		return table;
	}

	private static ArticleDetail article(State state, long reporter) {
		return new ArticleDetail(1, 1, reporter, "제목", null, "<p>본문</p>", "본문", null, null, null, List.of(),
				state.status, state.publishedAt, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)), 1,
				state == State.WAITING, List.of(), List.of(), null);
	}

}
