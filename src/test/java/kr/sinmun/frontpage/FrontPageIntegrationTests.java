package kr.sinmun.frontpage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's arrangement of the home page, against real PostgreSQL: one article per slot, and a record of who
 * put which article where, from when until when, that the 편집 기록 screen and its export read. The slot a test
 * uses is given back its article afterwards, so the rest of the suite sees the same home page.
 */
class FrontPageIntegrationTests extends IntegrationTest {

	private static final Slot SLOT = Slot.LEAD3;

	@Autowired
	FrontPage frontPage;

	@Autowired
	Articles articles;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	private Map<Slot, Long> before;

	private long desk;

	@BeforeEach
	void remember() {
		before = frontPage.current();
		desk = people.userId("admin").orElseThrow();
	}

	@AfterEach
	void giveTheSlotBack() {
		Long was = before.get(SLOT);
		if (was == null) {
			frontPage.clear(SLOT, desk);
		}
		else {
			frontPage.place(SLOT, was, desk);
		}
	}

	@Test
	void placingAnArticleClosesTheOneBeforeAndHistoryKeepsBothInOrder() {
		List<ArticleSummary> latest = articles.latest(2);
		long first = latest.get(0).id();
		long second = latest.get(1).id();
		Instant start = clock.instant();

		frontPage.place(SLOT, first, desk);
		frontPage.place(SLOT, second, desk);

		assertThat(frontPage.current()).containsEntry(SLOT, second);
		// The other slots are the desk's other choices, untouched.
		before.forEach((slot, article) -> {
			if (slot != SLOT) {
				assertThat(frontPage.current()).containsEntry(slot, article);
			}
		});
		List<Placement> ours = ours(frontPage.history(start, clock.instant().plusSeconds(1)), start);
		assertThat(ours).extracting(Placement::articleId).containsExactly(first, second);
		Placement replaced = ours.get(0);
		Placement standing = ours.get(1);
		assertThat(replaced.until()).isEqualTo(standing.from());
		assertThat(replaced.removedBy()).isEqualTo(desk);
		assertThat(replaced.headline()).isEqualTo(latest.get(0).headline());
		assertThat(standing.until()).isNull();
		assertThat(standing.placedBy()).isEqualTo(desk);
	}

	@Test
	void clearingASlotEndsItsPlacementAndHistoryOnlyShowsWhatOverlapsTheAskedTime() {
		long article = articles.latest(1).get(0).id();
		Instant start = clock.instant();
		frontPage.place(SLOT, article, desk);

		frontPage.clear(SLOT, desk);
		Instant cleared = clock.instant();

		assertThat(frontPage.current()).doesNotContainKey(SLOT);
		List<Placement> ours = ours(frontPage.history(start, cleared.plusSeconds(1)), start);
		assertThat(ours).hasSize(1);
		assertThat(ours.get(0).until()).isNotNull().isBeforeOrEqualTo(cleared);
		// A period after the slot was emptied does not show the placement that ended before it.
		assertThat(ours(frontPage.history(cleared.plusSeconds(1), cleared.plusSeconds(60)), start)).isEmpty();
	}

	// This test's placements: the history also holds the slot's earlier ones, closed when this test began.
	private static List<Placement> ours(List<Placement> history, Instant start) {
		return history.stream().filter(placement -> placement.slot() == SLOT && !placement.from().isBefore(start)).toList();
	}

}
