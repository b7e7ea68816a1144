package kr.sinmun.frontpage;

/** The desk changed the home page's arrangement. */
public record FrontPageChanged(Slot slot) {
}
