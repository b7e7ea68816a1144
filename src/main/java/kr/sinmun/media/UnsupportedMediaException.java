package kr.sinmun.media;

/** The bytes are not an image we accept; the message is Korean and meant for the user. */
public class UnsupportedMediaException extends RuntimeException {

	UnsupportedMediaException(String message) {
		super(message);
	}

}
