package kr.sinmun.media;

/** A stored image and the public URL it is served at. */
public record StoredMedia(long id, String url, String contentType, int width, int height) {
}
