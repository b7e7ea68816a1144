package kr.sinmun.newsroom;

/** One run of text that is the same in both versions ({@code same}), only in the older ({@code removed}) or only in the newer ({@code added}). */
public record DiffSegment(String kind, String text) {

	public boolean same() {
		return kind.equals("same");
	}

	public boolean added() {
		return kind.equals("added");
	}

	public boolean removed() {
		return kind.equals("removed");
	}

}
