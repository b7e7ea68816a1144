package kr.sinmun.ads;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdRotationTests {

	private static Campaign campaign(long id, int weight) {
		return new Campaign(id, "광고주" + id, "캠페인" + id, "HTML", null, null, null, null, "<p>광고</p>", false,
				"https://example.com/" + id, Instant.EPOCH, Instant.MAX, weight, List.of("header"), List.of(), null, false,
				"APPROVED", Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void showsEachCampaignInProportionToItsWeight() {
		List<Campaign> campaigns = List.of(campaign(1, 1), campaign(2, 3), campaign(3, 6));
		Random random = new Random(20261128L);
		Map<Long, Integer> shown = new HashMap<>();
		int draws = 100_000;
		for (int i = 0; i < draws; i++) {
			shown.merge(AdRotation.pick(campaigns, random).id(), 1, Integer::sum);
		}
		assertThat(shown.get(1L) / (double) draws).isCloseTo(0.1, within(0.01));
		assertThat(shown.get(2L) / (double) draws).isCloseTo(0.3, within(0.01));
		assertThat(shown.get(3L) / (double) draws).isCloseTo(0.6, within(0.01));
	}

	@Test
	void nothingToChooseFromGivesNothing() {
		assertThat(AdRotation.pick(List.of(), new Random(1))).isNull();
	}

}
