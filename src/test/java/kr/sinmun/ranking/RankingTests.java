package kr.sinmun.ranking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes a view count, as the HOT클릭 list depends on it: one per browser per article within the dedupe
 * window, at most {@code viewsPerAddress} per article from one address (an IPv6 /64 is one address), none from
 * crawlers. Counts are read where they leave the ranking: the batch {@link Ranking#flush()} hands to storage.
 */
class RankingTests {

	private static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1";

	private static final int PER_ADDRESS = 5;

	private final StoredViews stored = new StoredViews();

	private final Ranking ranking = new Ranking(stored, null,
			new RankingProperties(Duration.ofHours(24), Duration.ofMinutes(10), PER_ADDRESS, Duration.ofHours(1),
					Duration.ofSeconds(2), Duration.ofSeconds(15), 1_000),
			null, Clock.fixed(Instant.parse("2026-12-04T09:15:00Z"), ZoneOffset.UTC));

	@Test
	void countsARepeatViewOfTheSameArticleByTheSameBrowserOnce() {
		assertThat(ranking.recordView(1, "203.0.113.7", BROWSER)).isTrue();
		assertThat(ranking.recordView(1, "203.0.113.7", BROWSER)).isFalse();
		assertThat(ranking.recordView(1, "203.0.113.7", BROWSER)).isFalse();
		// The same browser reading another article, and another browser on the same article, are new views.
		assertThat(ranking.recordView(2, "203.0.113.7", BROWSER)).isTrue();
		assertThat(ranking.recordView(1, "203.0.113.7", BROWSER + " Edge")).isTrue();

		ranking.flush();

		assertThat(stored.counts).isEqualTo(Map.of(1L, 2L, 2L, 1L));
		assertThat(stored.hour).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
	}

	@Test
	void countsAtMostFiveViewsOfOneArticleFromOneAddressWhateverBrowserItClaims() {
		int counted = 0;
		for (int i = 0; i < 3 * PER_ADDRESS; i++) {
			counted += ranking.recordView(7, "198.51.100.20", BROWSER + " rotated/" + i) ? 1 : 0;
		}
		assertThat(counted).isEqualTo(PER_ADDRESS);
		// The cap is per article and per address: the same machine on another article, and a neighbour, count.
		assertThat(ranking.recordView(8, "198.51.100.20", BROWSER)).isTrue();
		assertThat(ranking.recordView(7, "198.51.100.21", BROWSER)).isTrue();

		ranking.flush();

		assertThat(stored.counts).isEqualTo(Map.of(7L, PER_ADDRESS + 1L, 8L, 1L));
	}

	@Test
	void anIpv6HouseholdCountsAsOneAddressWhicheverOfItsAddressesItTakes() {
		int counted = 0;
		for (int i = 1; i <= 3 * PER_ADDRESS; i++) {
			counted += ranking.recordView(3, "2001:db8:1:2::" + Integer.toHexString(i), BROWSER) ? 1 : 0;
		}
		assertThat(counted).isEqualTo(PER_ADDRESS);
		assertThat(ranking.recordView(3, "2001:db8:1:3::1", BROWSER)).isTrue();
	}

	@Test
	void doesNotCountCrawlersLinkPreviewsOrRequestsWithoutAUserAgent() {
		assertThat(ranking.recordView(4, "66.249.66.1",
				"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
			.isFalse();
		assertThat(ranking.recordView(4, "203.0.113.9", "facebookexternalhit/1.1")).isFalse();
		assertThat(ranking.recordView(4, "203.0.113.9", "kakaotalk-scrap/1.0")).isFalse();
		assertThat(ranking.recordView(4, "203.0.113.9", null)).isFalse();

		ranking.flush();

		assertThat(stored.batches).isZero();
	}

	@Test
	void keepsCountsThatCouldNotBeWrittenForTheNextFlush() {
		ranking.recordView(5, "203.0.113.30", BROWSER);
		stored.failNext = true;
		ranking.flush();
		assertThat(stored.counts).isEmpty();

		ranking.recordView(5, "203.0.113.31", BROWSER);
		ranking.flush();

		assertThat(stored.counts).isEqualTo(Map.of(5L, 2L));
	}

	/** Storage as the ranking sees it: the last batch written, or a failure when the database is away. */
	@Test
	void keepsOnlyTheClassOfWhereEachViewCameFrom() {
		ranking.recordView(5, "203.0.113.30", BROWSER, null, "www.sinmun.test");
		ranking.recordView(5, "203.0.113.31", BROWSER, "https://n.news.naver.com/article/001/0000000001", "www.sinmun.test");
		ranking.recordView(5, "203.0.113.32", BROWSER, "https://m.search.naver.com/search.naver?query=%EB%B0%98%EB%8F%84%EC%B2%B4",
				"www.sinmun.test");
		ranking.recordView(5, "203.0.113.33", BROWSER, "https://www.sinmun.test/", "www.sinmun.test");
		ranking.recordView(5, "203.0.113.34", BROWSER, "https://l.facebook.com/l.php?u=x", "www.sinmun.test");
		ranking.recordView(5, "203.0.113.35", BROWSER, "https://v.daum.net/v/20261204", "www.sinmun.test");

		ranking.flush();

		assertThat(stored.byReferrer).isEqualTo(Map.of(new ViewRepository.ViewKey(5, Referrer.DIRECT), 1L,
				new ViewRepository.ViewKey(5, Referrer.PORTAL), 2L, new ViewRepository.ViewKey(5, Referrer.SEARCH), 1L,
				new ViewRepository.ViewKey(5, Referrer.INTERNAL), 1L, new ViewRepository.ViewKey(5, Referrer.SNS), 1L));
	}

	private static final class StoredViews extends ViewRepository {

		Map<Long, Long> counts = new HashMap<>();

		Map<ViewRepository.ViewKey, Long> byReferrer = new HashMap<>();

		Instant hour;

		int batches;

		boolean failNext;

		StoredViews() {
			super(null, null);
		}

		@Override
		void add(Instant hour, Map<ViewRepository.ViewKey, Long> counts) {
			if (failNext) {
				failNext = false;
				throw new IllegalStateException("database unreachable");
			}
			this.hour = hour;
			this.byReferrer = Map.copyOf(counts);
			Map<Long, Long> perArticle = new HashMap<>();
			counts.forEach((key, views) -> perArticle.merge(key.articleId(), views, Long::sum));
			this.counts = Map.copyOf(perArticle);
			batches++;
		}

	}

}
