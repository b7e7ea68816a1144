package kr.sinmun.search;

import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Related articles, worked out once per article and index change rather than on every render: finding them
 * (Lucene's MoreLikeThis) costs more than the rest of an article page together. The indexer forgets an
 * article's list when it indexes that article, and all lists when it swaps in a rebuilt index. Bounded,
 * like every cache here; an entry also ages out, so lists pick up newer similar articles.
 */
@Component
class RelatedArticles {

	/** How many related ids are kept per article; callers take a prefix. */
	static final int KEPT = 10;

	private final Cache<Long, List<Long>> lists = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofMinutes(30))
		.build();

	List<Long> get(long articleId, int limit, LongFunction<List<Long>> find) {
		List<Long> ids = lists.getIfPresent(articleId);
		if (ids == null) {
			ids = List.copyOf(find.apply(articleId));
			// CASE: a just-published article may not be searchable for a moment yet: try again next time
			// rather than remember "nothing related".
			if (!ids.isEmpty()) {
				lists.put(articleId, ids);
			}
		}
		return ids.size() <= limit ? ids : ids.subList(0, limit);
	}

	void forget(long articleId) {
		lists.invalidate(articleId);
	}

	void forgetAll() {
		lists.invalidateAll();
	}

}
