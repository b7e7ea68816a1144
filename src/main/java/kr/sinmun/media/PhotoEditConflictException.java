package kr.sinmun.media;

/** Someone else changed the photo's crop or focal point while this edit was being made. */
public class PhotoEditConflictException extends RuntimeException {

	public PhotoEditConflictException() {
		super("그사이 다른 사람이 이 사진을 먼저 고쳤습니다. 새로 고친 뒤 다시 해 주십시오.");
	}

}
