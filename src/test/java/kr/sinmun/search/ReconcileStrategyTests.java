package kr.sinmun.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a node's index differs from the database in many articles, it is rebuilt aside rather than patched. */
class ReconcileStrategyTests {

	@Test
	void patchesAFewArticlesAndRebuildsWhenManyDiffer() {
		assertThat(SearchIndexer.rebuildRather(0, 100_000)).isFalse();
		assertThat(SearchIndexer.rebuildRather(40, 40)).as("a small paper is patched whatever the share").isFalse();
		assertThat(SearchIndexer.rebuildRather(1_000, 1_000)).isFalse();
		assertThat(SearchIndexer.rebuildRather(1_001, 20_000)).as("5% of 20,000").isTrue();
		assertThat(SearchIndexer.rebuildRather(20_000, 20_000)).as("articles loaded behind the node's back").isTrue();
		assertThat(SearchIndexer.rebuildRather(4_000, 100_000)).as("4% of a large paper").isFalse();
		assertThat(SearchIndexer.rebuildRather(6_000, 100_000)).isTrue();
	}

}
