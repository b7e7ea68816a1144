package kr.sinmun.site;

import java.util.List;

/**
 * The front page as the desk composed it in 홈 편집: the boxes of the main and side columns, in order. Each box
 * carries its place in the single column phones get. Boxes with nothing to show are not in the lists.
 * {@code reporterIds} are the reporters whose faces the page shows (오피니언): a new portrait drops the page;
 * {@code seriesIds} the 연재 the 오피니언 box names: a renamed series drops it too.
 * {@code robots} is null for the readers' page and {@code noindex} for 홈 편집's preview of an unsaved composition.
 */
public record HomePage(Chrome chrome, List<Box> main, List<Box> side, SocialMeta social, List<Long> reporterIds,
		List<Integer> seriesIds, String robots) {

	/**
	 * One box. {@code kind} is a {@code frontpage.Box.Kind} name; {@code style} ({@code LIST}, {@code PHOTO_LIST},
	 * {@code CARDS}) says how its items are shown; {@code top} is the top story's item; {@code adPosition} the
	 * banner slot of a banner box; {@code key} names the box in the page (heading ids); {@code extras} what only
	 * some kinds show.
	 */
	public record Box(String kind, String key, String title, String url, String style, ListItem top,
			List<ListItem> items, String adPosition, int phoneOrder, Extras extras) {

		public Box(String kind, String key, String title, String url, String style, ListItem top, List<ListItem> items,
				String adPosition, int phoneOrder) {
			this(kind, key, title, url, style, top, items, adPosition, phoneOrder, Extras.NONE);
		}

		public boolean is(String name) {
			return kind.equals(name);
		}

		/** A box as wide as the main column; list boxes take half of it, side by side, on wide screens. */
		public boolean wide() {
			return !kind.equals("SECTION") || style.equals("CARDS");
		}

	}

	/**
	 * What some kinds of box show besides their items: 많이 본 뉴스 its weekly list ({@code items} being the daily
	 * one), 오피니언 its columns with the writers' faces, 영상 its videos with their stills.
	 */
	public record Extras(List<ListItem> weekly, List<Column> columns, List<Clip> clips) {

		static final Extras NONE = new Extras(List.of(), List.of(), List.of());

	}

	/**
	 * A piece in the 오피니언 box: the article; {@code columnName}, the column it runs in (its 연재, or else the
	 * headline's bracket label such as 사설), null when it has neither; {@code headline}, the headline without a
	 * leading label the column name already says; {@code name} and {@code byline} (name and title, "박서연 기자"); and
	 * the writer's portrait (a small copy of {@code photoWidth}×{@code photoHeight}) or, without one,
	 * {@code initial}, the name's first letter.
	 */
	public record Column(ListItem item, String columnName, String headline, String name, String byline, String photoUrl,
			int photoWidth, int photoHeight, String initial) {

		public boolean hasPhoto() {
			return photoUrl != null;
		}

	}

	/**
	 * A video in the 영상 box: the article and its still, the article's lead photo or, without one, our own
	 * ground with {@code provider}'s name (the page loads nothing from the provider).
	 */
	public record Clip(ListItem item, String provider) {
	}

	/** Whether the paper has published nothing yet. */
	public boolean isEmpty() {
		return main.stream().noneMatch(box -> box.top() != null || !box.items().isEmpty());
	}

}
