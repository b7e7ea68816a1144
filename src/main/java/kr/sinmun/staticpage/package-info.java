/**
 * Static pages stored as content (회사소개, 기사제보, 청소년보호정책, 개인정보처리방침), linked from the footer.
 * API: {@link kr.sinmun.staticpage.StaticPages}, {@link kr.sinmun.staticpage.StaticPage}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Static pages")
package kr.sinmun.staticpage;
