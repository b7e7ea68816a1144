package kr.sinmun.site;

/** The Korean error page: status, title and what the reader can do. */
public record ErrorPageView(Chrome chrome, int status, String title, String message) {
}
