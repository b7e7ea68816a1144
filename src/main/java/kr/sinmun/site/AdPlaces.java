package kr.sinmun.site;

import java.util.Map;

/**
 * The banner slots a page shows, by position ({@code header}, {@code right-top}, …): only those some running
 * campaign can fill on this kind of page in this section, so an unsold slot leaves no hole. A position may be
 * fillable on wide screens only, on phones only (its {@code m-} slot) or on both; the page hides it by CSS where
 * it is not, so nothing moves once the page is drawn. {@code pageKind} and {@code sectionId} (null outside a
 * section) name the page for the cache keys that drop it when this changes.
 */
public record AdPlaces(String pageKind, Integer sectionId, Map<String, Reach> slots) {

	public AdPlaces {
		slots = Map.copyOf(slots);
	}

	/** Where a position can be filled. */
	public enum Reach {
		BOTH(""), WIDE(" ad-slot--wide-only"), NARROW(" ad-slot--narrow-only");

		private final String modifier;

		Reach(String modifier) {
			this.modifier = modifier;
		}

	}

	public boolean has(String position) {
		return slots.containsKey(position);
	}

	/** The class that hides the slot on the screens where it cannot be filled, with its leading space; or "". */
	public String modifier(String position) {
		Reach reach = slots.get(position);
		return reach == null ? "" : reach.modifier;
	}

}
