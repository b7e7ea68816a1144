package kr.sinmun.series;

/**
 * A series (연재) as the desk named it. An inactive one has ended or been put away: its page answers 404, its
 * episodes no longer show its label, and no article can be added to it.
 */
public record Series(int id, String slug, String name, String description, boolean active) {

	public String url() {
		return "/series/" + slug;
	}

}
