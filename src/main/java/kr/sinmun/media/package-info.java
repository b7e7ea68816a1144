/**
 * Photos: storage under {@code <data>/media}, served at {@code /media/**}. API: {@link kr.sinmun.media.MediaLibrary},
 * {@link kr.sinmun.media.StoredMedia}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package kr.sinmun.media;
