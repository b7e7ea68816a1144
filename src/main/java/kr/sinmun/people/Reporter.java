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

	/**
	 * The title a byline puts after the name ("박서연 기자"). The newsroom keeps no position for a person (a role
	 * says what they may do, not what they are called), so every byline says 기자, as the reporter card does.
	 */
	public String title() {
		return "기자";
	}

	public String url() {
		return "/reporter/" + id;
	}

	/** The portrait's small copy (a media rendition) and its size, so a page reserves its room. */
	public record Photo(String url, int width, int height) {
	}

}
