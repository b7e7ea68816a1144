package kr.sinmun.pagecache;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.sinmun.ads.BannerPlacesChanged;
import kr.sinmun.article.ArticleSeriesChanged;
import kr.sinmun.article.BreakingNewsChanged;
import kr.sinmun.article.RelatedPinsChanged;
import kr.sinmun.people.ReporterProfileChanged;
import kr.sinmun.frontpage.FrontPageChanged;
import kr.sinmun.section.SectionsChanged;
import kr.sinmun.series.SeriesChanged;
import kr.sinmun.settings.SiteSettingsChanged;
import kr.sinmun.staticpage.StaticPageChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of the invalidation table that need no article. The article rows are checked end to end by
 * PageCacheIntegrationTests and DemoContentIntegrationTests (what the CDN is told).
 */
class InvalidationsTests {

	// No row below reads an article, so the table needs no cache, purger or articles to answer.
	private final Invalidations invalidations = new Invalidations(null, null, null);

	@Test
	void menuAndSettingsChangesDropEveryPageAndPurgeTheSiteKey() {
		for (Object event : new Object[] { new SectionsChanged(), new SiteSettingsChanged() }) {
			Invalidations.Drop drop = invalidations.of(event);
			assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.article(7)))).as("%s", event).isTrue();
			assertThat(drop.cdnKeys()).as("%s", event).containsExactly(PageKeys.SITE);
		}
	}

	@Test
	void aBreakingNewsChangeDropsEveryPageForTheBarIsOnAllOfThem() {
		Invalidations.Drop drop = invalidations.of(new BreakingNewsChanged(7));
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.HOME))).isTrue();
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.page("about")))).isTrue();
		assertThat(drop.cdnKeys()).containsExactly(PageKeys.SITE);
	}

	@Test
	void pinnedRelatedArticlesDropTheirArticleAndAPortraitTheReportersPages() {
		Invalidations.Drop pins = invalidations.of(new RelatedPinsChanged(7));
		assertThat(pins.drops(Set.of(PageKeys.SITE, PageKeys.article(7)))).isTrue();
		assertThat(pins.drops(Set.of(PageKeys.SITE, PageKeys.article(8)))).isFalse();
		assertThat(pins.cdnKeys()).containsExactly(PageKeys.article(7));

		Invalidations.Drop portrait = invalidations.of(new ReporterProfileChanged(3));
		assertThat(portrait.drops(Set.of(PageKeys.SITE, PageKeys.article(9), PageKeys.reporter(3))))
			.as("an article page whose card shows the reporter").isTrue();
		assertThat(portrait.drops(Set.of(PageKeys.SITE, PageKeys.article(9), PageKeys.reporter(4)))).isFalse();
		assertThat(portrait.cdnKeys()).containsExactly(PageKeys.reporter(3));
	}

	@Test
	void frontPageAndStaticPageChangesDropOnlyTheirPage() {
		Invalidations.Drop home = invalidations.of(new FrontPageChanged(null));
		assertThat(home.drops(Set.of(PageKeys.SITE, PageKeys.HOME))).isTrue();
		assertThat(home.drops(Set.of(PageKeys.SITE, PageKeys.article(7)))).isFalse();
		assertThat(home.cdnKeys()).containsExactly(PageKeys.HOME);

		Invalidations.Drop tip = invalidations.of(new StaticPageChanged("tip"));
		assertThat(tip.drops(Set.of(PageKeys.SITE, PageKeys.page("tip")))).isTrue();
		assertThat(tip.drops(Set.of(PageKeys.SITE, PageKeys.page("about")))).isFalse();
		assertThat(tip.cdnKeys()).containsExactly(PageKeys.page("tip"));
	}

	@Test
	void aBannerSlotThatAppearsOrGoesDropsThePagesOfItsKindsAndSection() {
		Invalidations.Drop drop = invalidations.of(new BannerPlacesChanged(List.of(
				new BannerPlacesChanged.Place("home-middle", List.of("home"), null),
				new BannerPlacesChanged.Place("article-bottom", List.of("article"), 3))));
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.HOME, PageKeys.ads("home")))).isTrue();
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.article(7), PageKeys.ads("article"), PageKeys.ads("article", 3))))
			.isTrue();
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.article(8), PageKeys.ads("article"), PageKeys.ads("article", 4))))
			.as("an article of another section").isFalse();
		assertThat(drop.drops(Set.of(PageKeys.SITE, PageKeys.section(3), PageKeys.ads("section"), PageKeys.ads("section", 3))))
			.as("the section's list has no article-bottom slot").isFalse();
		assertThat(drop.cdnKeys()).containsExactlyInAnyOrder(PageKeys.ads("home"), PageKeys.ads("article", 3));
	}

	@Test
	void aSeriesChangeDropsItsPageAndEpisodesAndAMovedEpisodeBothSeries() {
		Invalidations.Drop renamed = invalidations.of(new SeriesChanged(4));
		assertThat(renamed.drops(Set.of(PageKeys.SITE, PageKeys.series(4)))).isTrue();
		assertThat(renamed.drops(Set.of(PageKeys.SITE, PageKeys.article(9), PageKeys.series(5)))).isFalse();
		assertThat(renamed.cdnKeys()).containsExactly(PageKeys.series(4));

		Invalidations.Drop moved = invalidations.of(new ArticleSeriesChanged(7, 4, 5));
		assertThat(moved.cdnKeys()).containsExactlyInAnyOrder(PageKeys.article(7), PageKeys.series(4), PageKeys.series(5),
				PageKeys.HOME);
		Invalidations.Drop joined = invalidations.of(new ArticleSeriesChanged(7, null, 5));
		// The home's 오피니언 box names a piece's series.
		assertThat(joined.cdnKeys()).containsExactlyInAnyOrder(PageKeys.article(7), PageKeys.series(5), PageKeys.HOME);
		assertThat(joined.drops(Set.of(PageKeys.SITE, PageKeys.series(4)))).isFalse();
	}

	@Test
	void aDeletedArticlesDropReachesEveryReporterPage() {
		Set<String> keys = Set.of(PageKeys.article(7), PageKeys.HOME);
		Invalidations.Drop deleted = new Invalidations.Drop(false, keys, true, keys);
		Invalidations.Drop unpublished = new Invalidations.Drop(false, keys, false, keys);
		assertThat(deleted.drops(Set.of(PageKeys.SITE, PageKeys.reporter(9)))).isTrue();
		assertThat(unpublished.drops(Set.of(PageKeys.SITE, PageKeys.reporter(9)))).isFalse();
		assertThat(deleted.drops(Set.of(PageKeys.SITE, PageKeys.section(3)))).isFalse();
		assertThat(deleted.drops(Set.of(PageKeys.SITE, PageKeys.series(4)))).as("a deleted episode's series").isTrue();
		assertThat(unpublished.drops(Set.of(PageKeys.SITE, PageKeys.series(4)))).isFalse();
	}

}
