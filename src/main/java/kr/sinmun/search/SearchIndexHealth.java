package kr.sinmun.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN until this node's search index has been compared with the database (or rebuilt from it) since it
 * started, so a load balancer that asks {@code /actuator/health/readiness} sends no reader to a node whose
 * search still misses new articles or shows withdrawn ones. Liveness does not include it: a node catching
 * up is not broken.
 */
@Component("searchIndex")
class SearchIndexHealth implements HealthIndicator {

	private final SearchIndexer indexer;

	SearchIndexHealth(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@Override
	public Health health() {
		return indexer.reconciled() ? Health.up().build()
				: Health.down().withDetail("reason", "검색 색인을 데이터베이스와 맞추는 중").build();
	}

}
