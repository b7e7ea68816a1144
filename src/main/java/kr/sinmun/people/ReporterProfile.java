package kr.sinmun.people;

/** What a reporter's public page shows about them. */
public record ReporterProfile(long id, String name, String email, String bio) {

	public String url() {
		return "/reporter/" + id;
	}

}
