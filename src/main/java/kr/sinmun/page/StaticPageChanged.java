package kr.sinmun.page;

/** An administrator edited a static page; the footer links to it from every page. */
public record StaticPageChanged(String slug) {
}
