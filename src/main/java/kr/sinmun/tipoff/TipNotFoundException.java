package kr.sinmun.tipoff;

/** No such tip, or no such attachment of that tip. */
public class TipNotFoundException extends RuntimeException {

	TipNotFoundException() {
		super("그런 제보가 없습니다.");
	}

}
