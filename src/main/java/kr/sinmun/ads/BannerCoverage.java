package kr.sinmun.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which slots some campaign can fill right now: on pages of every section ({@code everywhere}, campaigns with no
 * section targeting) or only on pages of some sections ({@code bySection}). Pages put a slot in only when it is
 * covered, so an empty slot never leaves a hole; {@code nextChange} is the next instant a campaign starts, ends,
 * or the daily caps start again, when the coverage must be worked out anew.
 */
record BannerCoverage(Set<String> everywhere, Map<Integer, Set<String>> bySection, Instant nextChange) {

	static final BannerCoverage NONE = new BannerCoverage(Set.of(), Map.of(), Instant.MAX);

	BannerCoverage {
		everywhere = Set.copyOf(everywhere);
		Map<Integer, Set<String>> copy = new HashMap<>();
		bySection.forEach((section, slots) -> copy.put(section, Set.copyOf(slots)));
		bySection = Map.copyOf(copy);
	}

	/**
	 * The coverage at {@code now} of {@code campaigns} (approved ones; others are ignored), leaving out booked
	 * campaigns with a cap that {@code capped} says they have used up today. {@code nextDay} is when the caps start again.
	 */
	static BannerCoverage of(List<Campaign> campaigns, Instant now, Predicate<Campaign> capped, Instant nextDay) {
		return of(campaigns, now, capped, nextDay, section -> List.of(section));
	}

	/**
	 * The same, a campaign targeted at a section covering the pages of every section {@code reach} gives for it:
	 * a parent section's campaign covers its sub-sections' pages (and their articles') too.
	 */
	static BannerCoverage of(List<Campaign> campaigns, Instant now, Predicate<Campaign> capped, Instant nextDay,
			Function<Integer, List<Integer>> reach) {
		Set<String> everywhere = new HashSet<>();
		Map<Integer, Set<String>> bySection = new HashMap<>();
		Instant next = Instant.MAX;
		for (Campaign campaign : campaigns) {
			if (!campaign.status().equals("APPROVED")) {
				continue;
			}
			if (campaign.startsAt().isAfter(now) && campaign.startsAt().isBefore(next)) {
				next = campaign.startsAt();
			}
			if (campaign.endsAt().isAfter(now) && campaign.endsAt().isBefore(next)) {
				next = campaign.endsAt();
			}
			if (campaign.dailyCap() != null && !campaign.house() && nextDay.isBefore(next)) {
				next = nextDay;
			}
			boolean running = !now.isBefore(campaign.startsAt()) && now.isBefore(campaign.endsAt());
			// House ads have no cap that counts: they fill whatever booked campaigns leave.
			boolean atCap = campaign.dailyCap() != null && !campaign.house() && capped.test(campaign);
			if (!running || atCap) {
				continue;
			}
			if (campaign.sections().isEmpty()) {
				everywhere.addAll(campaign.slots());
			}
			else {
				for (Integer target : campaign.sections()) {
					for (Integer section : reach.apply(target)) {
						bySection.computeIfAbsent(section, key -> new HashSet<>()).addAll(campaign.slots());
					}
				}
			}
		}
		return new BannerCoverage(everywhere, bySection, next);
	}

	/** Whether a page of {@code section} (null: a page of no section) can show {@code slot}. */
	boolean fills(String slot, Integer section) {
		return everywhere.contains(slot) || (section != null && bySection.getOrDefault(section, Set.of()).contains(slot));
	}

	/**
	 * Where this coverage differs from {@code before}: a slot on pages of every section (section null), or on the
	 * pages of one section only. Sorted, so the same difference always reads the same.
	 */
	List<Change> changesFrom(BannerCoverage before) {
		List<Change> changes = new ArrayList<>();
		Set<String> everywhereChanged = new TreeSet<>(symmetricDifference(everywhere, before.everywhere));
		everywhereChanged.forEach(slot -> changes.add(new Change(slot, null)));
		Set<Integer> sections = new TreeSet<>(bySection.keySet());
		sections.addAll(before.bySection.keySet());
		for (Integer section : sections) {
			Set<String> slots = new HashSet<>(bySection.getOrDefault(section, Set.of()));
			slots.addAll(before.bySection.getOrDefault(section, Set.of()));
			for (String slot : new TreeSet<>(slots)) {
				// CASE: a slot whose coverage changed everywhere already drops every section's pages.
				if (!everywhereChanged.contains(slot) && fills(slot, section) != before.fills(slot, section)) {
					changes.add(new Change(slot, section));
				}
			}
		}
		return changes;
	}

	private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
		Set<String> difference = new HashSet<>(a);
		difference.addAll(b);
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		difference.removeAll(both);
		return difference;
	}

	/** A slot that became fillable or unfillable, on every section's pages (section null) or one section's. */
	record Change(String slot, Integer section) {
	}

}
