package kr.sinmun.ads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which slots a page may show, and when that must be worked out again. */
class BannerCoverageTests {

	private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

	private static final Instant MIDNIGHT = Instant.parse("2026-12-05T15:00:00Z");

	private static Campaign campaign(long id, String status, Instant start, Instant end, List<String> slots,
			List<Integer> sections, Integer cap, boolean house) {
		return new Campaign(id, "광고주", "캠페인 " + id, "HTML", null, null, null, null, "<p>광고</p>", false,
				"https://shop.example", start, end, 1, slots, sections, cap, house, status, NOW, NOW);
	}

	private static Campaign running(long id, List<String> slots, List<Integer> sections) {
		return campaign(id, "APPROVED", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)), slots, sections, null, false);
	}

	@Test
	void aSlotIsFilledOnlyWhereAnApprovedRunningCampaignCanFillIt() {
		BannerCoverage coverage = BannerCoverage.of(List.of(running(1, List.of("header"), List.of()),
				running(2, List.of("right-top"), List.of(3)),
				campaign(3, "PENDING", NOW.minusSeconds(60), NOW.plusSeconds(600), List.of("footer"), List.of(), null, false),
				campaign(4, "STOPPED", NOW.minusSeconds(60), NOW.plusSeconds(600), List.of("home-middle"), List.of(), null, false),
				campaign(5, "APPROVED", NOW.plusSeconds(60), NOW.plusSeconds(600), List.of("article-bottom"), List.of(), null, false),
				campaign(6, "APPROVED", NOW.minusSeconds(600), NOW, List.of("m-footer"), List.of(), null, false)),
				NOW, campaign -> false, MIDNIGHT);
		assertThat(coverage.fills("header", null)).isTrue();
		assertThat(coverage.fills("header", 7)).isTrue();
		assertThat(coverage.fills("right-top", 3)).as("aimed at section 3").isTrue();
		assertThat(coverage.fills("right-top", 4)).isFalse();
		assertThat(coverage.fills("right-top", null)).as("a page of no section").isFalse();
		assertThat(coverage.fills("footer", null)).as("waiting for approval").isFalse();
		assertThat(coverage.fills("home-middle", null)).as("stopped").isFalse();
		assertThat(coverage.fills("article-bottom", null)).as("not started").isFalse();
		assertThat(coverage.fills("m-footer", null)).as("ended this second").isFalse();
		assertThat(coverage.nextChange()).as("the next start").isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aParentSectionsCampaignCoversItsSubSectionsAndASubSectionsOnlyItself() {
		// Section 3 (경제) has sub-sections 31 and 32; 4 is another top-level section.
		Function<Integer, List<Integer>> reach = section -> section == 3 ? List.of(3, 31, 32)
				: List.of(section);
		BannerCoverage coverage = BannerCoverage.of(List.of(running(1, List.of("right-top"), List.of(3)),
				running(2, List.of("footer"), List.of(31))), NOW, campaign -> false, MIDNIGHT, reach);
		assertThat(coverage.fills("right-top", 3)).isTrue();
		assertThat(coverage.fills("right-top", 31)).as("a sub-section of the parent aimed at").isTrue();
		assertThat(coverage.fills("right-top", 32)).isTrue();
		assertThat(coverage.fills("right-top", 4)).isFalse();
		assertThat(coverage.fills("footer", 31)).isTrue();
		assertThat(coverage.fills("footer", 32)).as("the sub-section's sibling").isFalse();
		assertThat(coverage.fills("footer", 3)).as("the sub-section's parent").isFalse();

		Campaign parent = running(3, List.of("right-top"), List.of(3));
		assertThat(parent.eligible("right-top", 31, 3, NOW)).as("served on a sub-section's page").isTrue();
		assertThat(parent.eligible("right-top", 4, null, NOW)).isFalse();
		assertThat(running(4, List.of("footer"), List.of(31)).eligible("footer", 3, null, NOW)).isFalse();
	}

	@Test
	void aBookedCampaignAtItsCapLeavesItsSlotsUnlessAHouseAdFillsThem() {
		Campaign booked = campaign(1, "APPROVED", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(2)), List.of("header"),
				List.of(), 100, false);
		Campaign house = campaign(2, "APPROVED", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(2)), List.of("footer"),
				List.of(), 100, true);
		BannerCoverage capped = BannerCoverage.of(List.of(booked, house), NOW, campaign -> true, MIDNIGHT);
		assertThat(capped.fills("header", null)).isFalse();
		assertThat(capped.fills("footer", null)).as("a house ad's cap does not count").isTrue();
		assertThat(capped.nextChange()).as("the caps start again at midnight").isEqualTo(MIDNIGHT);
		assertThat(BannerCoverage.of(List.of(booked), NOW, campaign -> false, MIDNIGHT).fills("header", null)).isTrue();
		assertThat(BannerCoverage.of(List.of(house), NOW, campaign -> false, MIDNIGHT).nextChange())
			.as("no booked cap: the next change is the house ad's end").isEqualTo(house.endsAt());
	}

	@Test
	void namesEachSlotThatAppearedOrWentEverywhereOrInOneSection() {
		BannerCoverage before = BannerCoverage.of(List.of(running(1, List.of("header", "footer"), List.of()),
				running(2, List.of("right-top"), List.of(3)), running(3, List.of("footer"), List.of(5))), NOW,
				campaign -> false, MIDNIGHT);
		BannerCoverage after = BannerCoverage.of(List.of(running(1, List.of("header"), List.of()),
				running(2, List.of("right-top"), List.of(3, 4)), running(3, List.of("footer"), List.of(5))), NOW,
				campaign -> false, MIDNIGHT);
		// footer went from every page except section 5's, whose campaign still fills it.
		assertThat(after.changesFrom(before)).containsExactly(new BannerCoverage.Change("footer", null),
				new BannerCoverage.Change("right-top", 4));
		assertThat(after.changesFrom(after)).isEmpty();
		assertThat(BannerCoverage.NONE.changesFrom(before)).containsExactly(new BannerCoverage.Change("footer", null),
				new BannerCoverage.Change("header", null), new BannerCoverage.Change("right-top", 3));
	}

}
