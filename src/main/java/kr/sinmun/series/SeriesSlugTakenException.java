package kr.sinmun.series;

/** Another series already answers at this address. */
public class SeriesSlugTakenException extends RuntimeException {

	public SeriesSlugTakenException(String slug) {
		super("이미 다른 연재가 쓰는 주소입니다: " + slug);
	}

}
