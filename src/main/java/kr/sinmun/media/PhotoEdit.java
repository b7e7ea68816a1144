package kr.sinmun.media;

/**
 * A change to a library photo: its words, its crop ({@code null}: the whole picture) and its focal point, as a
 * share (0–1) of the original's width and height.
 */
public record PhotoEdit(PhotoDetails details, Crop crop, double focalX, double focalY) {
}
