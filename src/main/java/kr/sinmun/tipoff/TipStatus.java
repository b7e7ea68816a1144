package kr.sinmun.tipoff;

/** Where a tip stands in the newsroom. */
public enum TipStatus {

	RECEIVED("접수"), REVIEWING("검토중"), REPORTED("기사화"), CLOSED("종료");

	private final String label;

	TipStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
