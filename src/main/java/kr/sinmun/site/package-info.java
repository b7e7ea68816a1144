/**
 * The reader site: home, section, article and static pages rendered on the server from view-model records,
 * the page cache in front of them, and the reader-facing error pages. Uses the other modules; nothing uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader site")
package kr.sinmun.site;
