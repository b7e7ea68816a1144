package kr.sinmun.article;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleted drafts are removed for good once they can no longer be restored (30 days), and not before; the purge
 * run by several nodes at once removes each draft once.
 */
class DiscardedDraftPurgeIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	DiscardedDraftPurge purge;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	ShiftableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private long draft(long reporter, String headline) {
		return articles.start(new ArticleText(sections.bySlug("society").orElseThrow().id(), reporter, headline, null,
				"<p>" + headline + "</p>", List.of("지움시험")), reporter, null).id();
	}

	private boolean stored(long id) {
		return jdbc.sql("SELECT count(*) FROM articles WHERE id = :id").param("id", id).query(Long.class).single() == 1;
	}

	@Test
	void removesDraftsDeletedMoreThan30DaysAgoOnceWhateverTheNumberOfNodes() throws Exception {
		long reporter = people.userId("purge-writer")
			.orElseGet(() -> people.create(new NewUser("purge-writer", "purge-password-1", "지움기", "purge@sinmun.example",
					Role.REPORTER, null)).id());
		// Drafts other tests deleted and left in this shared database would be purged along with this test's own:
		// they go first, as the purge would take them a month from now.
		clock.shift(Duration.ofDays(60));
		purge.purge();
		clock.reset();
		long old = draft(reporter, "한 달 전에 지운 초안");
		long recent = draft(reporter, "열흘 전에 지운 초안");
		long kept = draft(reporter, "지우지 않은 초안");
		try {
			articles.discard(old, reporter);
			clock.shift(Duration.ofDays(20));
			articles.discard(recent, reporter);
			clock.shift(Duration.ofDays(10).minusMinutes(1));
			assertThat(purge.purge()).isZero();
			assertThat(stored(old)).isTrue();

			clock.shift(Duration.ofMinutes(2));
			// Two nodes at the same moment: between them the old draft goes once, nothing else goes.
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(purge::purge);
			CompletableFuture<Integer> second = CompletableFuture.supplyAsync(purge::purge);
			assertThat(first.get() + second.get()).isEqualTo(1);
			assertThat(stored(old)).isFalse();
			assertThat(jdbc.sql("SELECT count(*) FROM article_revisions WHERE article_id = :id").param("id", old)
				.query(Long.class).single()).isZero();
			assertThat(stored(recent)).isTrue();
			assertThat(articles.discarded(500)).anyMatch(draft -> draft.id() == recent);
			assertThat(articles.find(kept)).isPresent();
		}
		finally {
			jdbc.sql("DELETE FROM articles WHERE id IN (:ids)").param("ids", List.of(old, recent, kept)).update();
		}
	}

}
