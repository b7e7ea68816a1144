package kr.sinmun.frontpage;

/**
 * One box of the home page: what it shows ({@code kind}; {@code sectionId} for a section box, and for an opinion
 * box the section it draws from, null for the one whose slug is {@code opinion}; {@code slot} for a banner), in which column, how ({@code style}, {@code size} articles), and its place in the one column phones
 * get ({@code phoneOrder}, from 1).
 */
public record Box(Kind kind, Area area, Integer sectionId, Style style, int size, String slot, int phoneOrder) {

	/** The section an opinion box shows when the desk chose none. */
	public static final String OPINION_SLUG = "opinion";

	/** The most articles a box may list. */
	public static final int MAX_SIZE = 12;

	public Box {
		size = Math.max(1, Math.min(MAX_SIZE, size));
	}

	public Box withArea(Area newArea) {
		return new Box(kind, newArea, sectionId, style, size, slot, phoneOrder);
	}

	public Box withPhoneOrder(int order) {
		return new Box(kind, area, sectionId, style, size, slot, order);
	}

	public Box with(Style newStyle, int newSize) {
		return new Box(kind, area, sectionId, newStyle, newSize, slot, phoneOrder);
	}

	/** What a box shows. */
	public enum Kind {

		TOP("톱기사"), LEADS("주요기사"), LATEST("최신 기사"), MOST_READ("많이 본 뉴스"), SECTION("섹션"), PHOTO("포토뉴스"),
		BANNER("배너"), OPINION("오피니언"), VIDEO("영상");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The column a box stands in on wide screens. */
	public enum Area {

		MAIN("가운데 단"), SIDE("오른쪽 단");

		private final String label;

		Area(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** How a list box shows its articles. */
	public enum Style {

		LIST("제목 목록"), PHOTO_LIST("사진 목록"), CARDS("카드");

		private final String label;

		Style(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
