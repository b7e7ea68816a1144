package kr.sinmun.site;

import java.util.List;

/**
 * The front page as the desk composed it in 홈 편집: the boxes of the main and side columns, in order. Each box
 * carries its place in the single column phones get. Boxes with nothing to show are not in the lists. {@code robots}
 * is null for the readers' page and {@code noindex} for 홈 편집's preview of an unsaved composition.
 */
public record HomePage(Chrome chrome, List<Box> main, List<Box> side, SocialMeta social, String robots) {

	/**
	 * One box. {@code kind} is a {@code frontpage.Box.Kind} name; {@code style} ({@code LIST}, {@code PHOTO_LIST},
	 * {@code CARDS}) says how its items are shown; {@code top} is the top story's item; {@code adPosition} the
	 * banner slot of a banner box; {@code key} names the box in the page (heading ids).
	 */
	public record Box(String kind, String key, String title, String url, String style, ListItem top,
			List<ListItem> items, String adPosition, int phoneOrder) {

		public boolean is(String name) {
			return kind.equals(name);
		}

		/** A box as wide as the main column; list boxes take half of it, side by side, on wide screens. */
		public boolean wide() {
			return !kind.equals("SECTION") || style.equals("CARDS");
		}

	}

	/** Whether the paper has published nothing yet. */
	public boolean isEmpty() {
		return main.stream().noneMatch(box -> box.top() != null || !box.items().isEmpty());
	}

}
