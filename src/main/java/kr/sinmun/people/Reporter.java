package kr.sinmun.people;

/**
 * The public face of a newsroom member: what a byline and the reporter card under an article show.
 * {@code photo} is the portrait from the reporter's profile, or null when none was uploaded.
 */
public record Reporter(long id, String name, String email, Role role, Photo photo) {

	/** A reporter without a portrait. */
	public Reporter(long id, String name, String email, Role role) {
		this(id, name, email, role, null);
	}

	public String url() {
		return "/reporter/" + id;
	}

	/** The portrait's small copy (a media rendition) and its size, so a page reserves its room. */
	public record Photo(String url, int width, int height) {
	}

}
