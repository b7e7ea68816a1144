package kr.sinmun.media;

/** The part of a photo that is shown, in pixels of its upright original. */
public record Crop(int x, int y, int width, int height) {
}
