package kr.sinmun.frontpage;

/** The desk changed the home page's arrangement: an article in {@code slot}, or (slot null) its composition. */
public record FrontPageChanged(Slot slot) {
}
