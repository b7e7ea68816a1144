package kr.sinmun.pagecache;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import kr.sinmun.ads.BannerPlacesChanged;
import kr.sinmun.article.ArticleAppeared;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleSeriesChanged;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.Articles;
import kr.sinmun.article.BreakingNewsChanged;
import kr.sinmun.article.RelatedPinsChanged;
import kr.sinmun.frontpage.FrontPageChanged;
import kr.sinmun.people.ReporterProfileChanged;
import kr.sinmun.section.SectionsChanged;
import kr.sinmun.series.SeriesChanged;
import kr.sinmun.settings.SiteSettingsChanged;
import kr.sinmun.staticpage.StaticPageChanged;

import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which change drops which pages, here and in the CDN: the page cache's invalidation rules in one table. Keys
 * are {@link PageKeys} names (N an article's id, S its section's, R each of its reporters', E its series' (연재):
 * the series page and every episode's page, whose end lists the series' newest episodes).
 *
 * <pre>
 * event                 dropped on every node                         purged from the CDN (this node only)
 * --------------------  --------------------------------------------  --------------------------------------
 * ArticlePublished      article-N, section-S, home, feed, reporter-R, the same keys; none for a demo article
 *                       series-E
 * ArticleAppeared       the same                                      the same keys; none for a demo article
 * ArticleUnpublished    the same                                      the same keys
 *   (article deleted)   the same, and every reporter-* and series-*   the same keys (reporters, series unknown)
 *                       page
 * ArticleSeriesChanged  article-N, series-E of the series it left     the same keys
 *                       and of the one it joined, and home (the
 *                       오피니언 box names a piece's 연재)
 * SeriesChanged         series-E (renamed, described, ended), and     series-E
 *                       the home page while its 오피니언 box names it
 * FrontPageChanged      home                                          home
 * StaticPageChanged     page-SLUG                                     page-SLUG
 * SectionsChanged       every page (menus are on all of them)         site
 * SiteSettingsChanged   every page (footers are on all of them)       site
 * BreakingNewsChanged   every page (the 속보 bar is on all of them)    site
 * RelatedPinsChanged    article-N                                     article-N
 * ReporterProfileChanged  reporter-R: their page and their articles'   reporter-R
 *                       (bylines and reporter cards show the portrait),
 *                       and the home page while its 오피니언 box shows
 *                       their face
 * BannerPlacesChanged   for each slot that appeared or went, on the   the same keys, from every node (each
 *   (this node's own)   kinds of page it is on: ads-KIND, or with a   works it out for itself; a purge twice
 *                       section ads-KIND-S                            is harmless)
 * </pre>
 *
 * An article's change leaves other articles' pages with their "latest" lists until the TTL. A page that shows
 * several sections' articles carries each one's key (a parent section's page those of its sub-sections), so
 * section-S drops it with no rule here.
 */
@Component
class Invalidations {

	private final PageCache cache;

	private final CdnPurger purger;

	private final Articles articles;

	Invalidations(PageCache cache, CdnPurger purger, Articles articles) {
		this.cache = cache;
		this.purger = purger;
		this.articles = articles;
	}

	/** The row of the table for {@code event}. */
	Drop of(Object event) {
		if (event instanceof ArticlePublished published) {
			return article(published.articleId(), published.sectionId(), false);
		}
		if (event instanceof ArticleAppeared appeared) {
			return article(appeared.articleId(), appeared.sectionId(), false);
		}
		if (event instanceof ArticleUnpublished unpublished) {
			return article(unpublished.articleId(), unpublished.sectionId(), true);
		}
		if (event instanceof ArticleSeriesChanged moved) {
			Set<String> keys = new HashSet<>(Set.of(PageKeys.article(moved.articleId()), PageKeys.HOME));
			if (moved.before() != null) {
				keys.add(PageKeys.series(moved.before()));
			}
			if (moved.after() != null) {
				keys.add(PageKeys.series(moved.after()));
			}
			return Drop.keys(Set.copyOf(keys));
		}
		if (event instanceof SeriesChanged series) {
			return Drop.keys(Set.of(PageKeys.series(series.seriesId())));
		}
		if (event instanceof FrontPageChanged) {
			return Drop.keys(Set.of(PageKeys.HOME));
		}
		if (event instanceof StaticPageChanged page) {
			return Drop.keys(Set.of(PageKeys.page(page.slug())));
		}
		if (event instanceof BannerPlacesChanged places) {
			Set<String> keys = new HashSet<>();
			for (BannerPlacesChanged.Place place : places.places()) {
				for (String kind : place.pages()) {
					keys.add(place.section() == null ? PageKeys.ads(kind) : PageKeys.ads(kind, place.section()));
				}
			}
			return Drop.keys(Set.copyOf(keys));
		}
		if (event instanceof RelatedPinsChanged pins) {
			return Drop.keys(Set.of(PageKeys.article(pins.articleId())));
		}
		if (event instanceof ReporterProfileChanged profile) {
			return Drop.keys(Set.of(PageKeys.reporter(profile.reporterId())));
		}
		if (event instanceof SectionsChanged || event instanceof SiteSettingsChanged || event instanceof BreakingNewsChanged) {
			return Drop.EVERY_PAGE;
		}
		return Drop.NOTHING;
	}

	private Drop article(long articleId, int sectionId, boolean unpublished) {
		Optional<ArticleDetail> article = articles.find(articleId);
		Set<String> keys = new HashSet<>(
				Set.of(PageKeys.article(articleId), PageKeys.section(sectionId), PageKeys.HOME, PageKeys.FEED));
		article.ifPresent(found -> {
			keys.add(PageKeys.reporter(found.reporterId()));
			found.coReporterIds().forEach(id -> keys.add(PageKeys.reporter(id)));
			// An episode's number and the other episodes' boxes follow from which episodes readers see.
			if (found.seriesId() != null) {
				keys.add(PageKeys.series(found.seriesId()));
			}
		});
		Set<String> dropped = Set.copyOf(keys);
		// CASE: a deleted article's reporters and series are unknown now: every reporter and series page goes.
		boolean everyReporter = unpublished && article.isEmpty();
		// CASE: demo content never leaves the installation, not even as keys in a purge (a first start would
		// otherwise send the CDN one purge per demo article). Removing one still purges.
		boolean demo = !unpublished && article.map(ArticleDetail::demo).orElse(false);
		return new Drop(false, dropped, everyReporter, demo ? Set.of() : dropped);
	}

	// Each node drops its own pages, whether the change was made here (after it commits) or on another node
	// (when the change feed brings it). This runs after the modules that keep what pages show in memory have
	// re-read it (they listen first), so a page rendered after the drop shows the new state.
	@Order(Ordered.LOWEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true, classes = { ArticlePublished.class, ArticleAppeared.class,
			ArticleUnpublished.class, ArticleSeriesChanged.class, SeriesChanged.class, FrontPageChanged.class, StaticPageChanged.class, SectionsChanged.class,
			SiteSettingsChanged.class, BreakingNewsChanged.class, RelatedPinsChanged.class,
			ReporterProfileChanged.class })
	void dropHere(Object event) {
		cache.drop(of(event));
	}

	/**
	 * Banner slots are worked out on each node, at the moment a campaign starts, ends, reaches its cap or is
	 * changed (the change itself travels as {@code BannersChanged}); the event is this node's own, published
	 * outside any transaction, so it is heard at once, and the CDN is told from here as well.
	 */
	@EventListener
	void bannerPlaces(BannerPlacesChanged event) {
		Drop drop = of(event);
		cache.drop(drop);
		purger.purge(drop.cdnKeys());
	}

	/**
	 * The CDN in front is shared by every node, so only the node that made a change purges it, once the change
	 * has committed; a change another node made arrives outside any transaction and does not run this.
	 */
	@TransactionalEventListener(classes = { ArticlePublished.class, ArticleAppeared.class, ArticleUnpublished.class,
			ArticleSeriesChanged.class, SeriesChanged.class, FrontPageChanged.class, StaticPageChanged.class, SectionsChanged.class, SiteSettingsChanged.class,
			BreakingNewsChanged.class, RelatedPinsChanged.class, ReporterProfileChanged.class })
	void purgeCdn(Object event) {
		purger.purge(of(event).cdnKeys());
	}

	/**
	 * What one change drops on this node ({@code everyPage}, or the pages carrying one of {@code keys}, and with
	 * {@code everyReporter} every reporter's and every series' page) and which keys the CDN is told to drop.
	 */
	record Drop(boolean everyPage, Set<String> keys, boolean everyReporter, Set<String> cdnKeys) {

		static final Drop EVERY_PAGE = new Drop(true, Set.of(), false, Set.of(PageKeys.SITE));

		static final Drop NOTHING = new Drop(false, Set.of(), false, Set.of());

		static Drop keys(Set<String> keys) {
			return new Drop(false, keys, false, keys);
		}

		/** Whether a page stored with these keys goes. */
		boolean drops(Set<String> pageKeys) {
			return everyPage || pageKeys.stream().anyMatch(key -> keys.contains(key)
					|| (everyReporter && (PageKeys.isReporter(key) || PageKeys.isSeries(key))));
		}

	}

}
