package kr.sinmun.series;

/** No series has this id. */
public class SeriesNotFoundException extends RuntimeException {

	public SeriesNotFoundException(int id) {
		super("그런 연재가 없습니다: " + id);
	}

}
