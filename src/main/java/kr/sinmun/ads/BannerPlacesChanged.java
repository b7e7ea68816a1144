package kr.sinmun.ads;

import java.util.List;

/**
 * The slots some campaign can fill changed on this node: a campaign was approved, stopped or deleted, its start
 * or end time passed, or it used up its daily cap. Pages show a slot only when it can be filled, so the pages
 * with or without these slots are stale. Not shared between nodes: every node works it out from its own
 * campaigns at the same moments (on {@link BannersChanged}, which is shared, and as times pass).
 */
public record BannerPlacesChanged(List<Place> places) {

	public BannerPlacesChanged {
		places = List.copyOf(places);
	}

	/**
	 * A slot that appeared or went: on the {@code pages} kinds the slot is on ({@code home}, {@code section},
	 * {@code article}, …), in every section ({@code section} null) or in one section's pages only.
	 */
	public record Place(String slot, List<String> pages, Integer section) {

		public Place {
			pages = List.copyOf(pages);
		}

	}

}
