package kr.sinmun.people;

/** The public face of a newsroom member: what a byline shows. */
public record Reporter(long id, String name, String email, Role role) {

	public String url() {
		return "/reporter/" + id;
	}

}
