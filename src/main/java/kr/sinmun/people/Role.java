package kr.sinmun.people;

/** Newsroom roles: 기자 writes, 데스크 edits and publishes, 관리자 also runs the site. */
public enum Role {

	REPORTER("기자"), EDITOR("데스크"), ADMIN("관리자");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
