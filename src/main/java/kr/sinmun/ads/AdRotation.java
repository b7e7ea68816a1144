package kr.sinmun.ads;

import java.util.List;
import java.util.random.RandomGenerator;

/** Weighted choice: a campaign with weight 3 is shown three times as often as one with weight 1. */
final class AdRotation {

	private AdRotation() {
	}

	static Campaign pick(List<Campaign> candidates, RandomGenerator random) {
		if (candidates.isEmpty()) {
			return null;
		}
		long total = 0;
		for (Campaign campaign : candidates) {
			total += campaign.weight();
		}
		long ticket = random.nextLong(total);
		for (Campaign campaign : candidates) {
			ticket -= campaign.weight();
			if (ticket < 0) {
				return campaign;
			}
		}
		return candidates.get(candidates.size() - 1);
	}

}
