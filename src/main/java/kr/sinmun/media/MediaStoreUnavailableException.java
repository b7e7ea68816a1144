package kr.sinmun.media;

/**
 * The media store could not keep an upload (a full disk, an unreachable or refusing object store). The message
 * is Korean and meant for the user, who can try again; the cause says what the store answered, for the log.
 */
public class MediaStoreUnavailableException extends RuntimeException {

	MediaStoreUnavailableException(Throwable cause) {
		super("사진 저장소에 저장하지 못했습니다. 잠시 후 다시 올려 주십시오.", cause);
	}

}
