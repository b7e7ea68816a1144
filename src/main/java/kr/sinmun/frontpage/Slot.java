package kr.sinmun.frontpage;

/** The places on the home page the desk can fill by hand; the rest of the page follows the news. */
public enum Slot {

	TOP("톱기사"), LEAD1("주요기사 1"), LEAD2("주요기사 2"), LEAD3("주요기사 3");

	private final String label;

	Slot(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
