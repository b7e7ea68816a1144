package kr.sinmun.people;

/** What a reporter's public page shows about them. */
public record ReporterProfile(long id, String name, String email, String bio, String photoUrl, Integer photoWidth,
		Integer photoHeight) {

	public String url() {
		return "/reporter/" + id;
	}

}
