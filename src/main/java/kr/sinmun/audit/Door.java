package kr.sinmun.audit;

/** The way an administrative change came in. */
public enum Door {

	NEWSROOM("뉴스룸"), API("API");

	private final String label;

	Door(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
