/**
 * The page cache: rendered reader pages, feeds and sitemaps kept in memory (plain, gzip and Brotli, large ones
 * also as files for {@code sendfile}) and answered before the application is entered, by a Tomcat valve for
 * hits and a servlet filter that renders what is missing once however many readers ask. It caches whatever a
 * module renders; it does not know how a page is made.
 *
 * <p>API: {@link kr.sinmun.pagecache.PageKeys}, the names a page carries in {@code Surrogate-Key} so that the
 * cache (and a CDN) can drop it; {@link kr.sinmun.pagecache.PageNumbers}, how a list reads {@code ?page=}
 * (the same way the cache builds its keys) and the request attribute a list's "no such page" sets;
 * {@link kr.sinmun.pagecache.ViewTracker}, which counts an article view whether the page was cached or
 * rendered; {@link kr.sinmun.pagecache.PageCache#clear()}.
 *
 * <p>Events it listens to, after commit (and when the change feed replays them from another node):
 * {@code ArticlePublished}, {@code ArticleAppeared}, {@code ArticleUnpublished}, {@code ArticleSeriesChanged},
 * {@code SeriesChanged}, {@code FrontPageChanged},
 * {@code StaticPageChanged}, {@code SectionsChanged} and {@code SiteSettingsChanged}; and at once to this node's
 * {@code BannerPlacesChanged}; which pages each drops is the table in {@code Invalidations}. It publishes none. It uses {@code article} (an article's reporters and series, and
 * whether it is demo content), the modules whose events it hears, {@code ranking} (view counting) and
 * {@code platform}; never a module that renders pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page cache")
package kr.sinmun.pagecache;
