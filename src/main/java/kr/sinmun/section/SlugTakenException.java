package kr.sinmun.section;

/** Another section already answers at this address. */
public class SlugTakenException extends RuntimeException {

	public SlugTakenException(String slug) {
		super("이미 쓰이는 주소입니다: " + slug);
	}

}
