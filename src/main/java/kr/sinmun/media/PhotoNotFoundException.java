package kr.sinmun.media;

/** No library photo has that id. */
public class PhotoNotFoundException extends RuntimeException {

	public PhotoNotFoundException(long id) {
		super("사진 " + id + "번은 보관함에 없습니다.");
	}

}
