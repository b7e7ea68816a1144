/**
 * The home page as the desk arranges it: the top story and pinned headlines, with the full history of every
 * placement. API: {@link kr.sinmun.frontpage.FrontPage}; event {@link kr.sinmun.frontpage.FrontPageChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Front page")
package kr.sinmun.frontpage;
