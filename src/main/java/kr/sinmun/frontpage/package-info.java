/**
 * The home page as the desk arranges it: the top story and pinned headlines, with the full history of every
 * placement. API: {@link kr.sinmun.frontpage.FrontPage}; event {@link kr.sinmun.frontpage.FrontPageChanged};
 * {@link kr.sinmun.frontpage.HomePreview}, which the reader site implements, draws an unsaved composition for 홈 편집.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front page")
package kr.sinmun.frontpage;
