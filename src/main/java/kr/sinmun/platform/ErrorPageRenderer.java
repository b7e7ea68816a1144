package kr.sinmun.platform;

/**
 * Renders the reader-facing error page. The reader site implements it with its own header and menu; the
 * platform only decides the status and the message.
 */
public interface ErrorPageRenderer {

	byte[] render(int status, String title, String message);

}
