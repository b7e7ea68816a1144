package kr.sinmun.staticpage;

/** An administrator edited a static page; the footer links to it from every page. */
public record StaticPageChanged(String slug) {
}
