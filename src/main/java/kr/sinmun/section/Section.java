package kr.sinmun.section;

/** A section of the paper as readers see it in the menu and in URLs ({@code /section/{slug}}). */
public record Section(int id, String slug, String name, int position, boolean inMenu) {

	public String url() {
		return "/section/" + slug;
	}

}
