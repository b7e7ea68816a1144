package kr.sinmun.site;

/** A static page such as 회사소개. */
public record StaticPageView(Chrome chrome, String title, String bodyHtml) {
}
