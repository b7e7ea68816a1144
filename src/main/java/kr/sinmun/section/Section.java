package kr.sinmun.section;

/**
 * A section of the paper as readers see it in the menu and in URLs ({@code /section/{slug}}). {@code parentId} is
 * the section it is a sub-section of (경제 for 금융·증권), or null for a top-level section; there is one level only.
 */
public record Section(int id, String slug, String name, int position, boolean inMenu, Integer parentId) {

	/** A top-level section. */
	public Section(int id, String slug, String name, int position, boolean inMenu) {
		this(id, slug, name, position, inMenu, null);
	}

	public String url() {
		return "/section/" + slug;
	}

	public boolean isSubSection() {
		return parentId != null;
	}

}
