/**
 * The reader site: home, section, article and static pages rendered on the server from view-model records, and
 * the reader-facing error pages. Each page names what it shows ({@link kr.sinmun.pagecache.PageKeys}) so that
 * the page cache in front of it ({@code pagecache}) can keep and drop it. Uses the other modules; nothing uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader site")
package kr.sinmun.site;
