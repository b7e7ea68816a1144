package kr.sinmun.search;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.cluster.ClusterNodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A synonym entry added on one node reaches every node's queries, with no rebuild on either. */
@Tag("cluster")
class SynonymsAcrossNodesIntegrationTests extends IntegrationTest {

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	Search search;

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void anEntryAddedOnOneNodeExpandsEveryNodesQueries() {
		nodeB = ClusterNodes.start(pool, KAKAO.url());
		SearchIndexer indexerB = nodeB.getBean(SearchIndexer.class);
		QuerySynonyms synonymsB = nodeB.getBean(QuerySynonyms.class);
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !indexerB.isRebuilding() && indexerB.reconciled());
		assertThat(terms(indexerB, synonymsB)).doesNotContain("미리내");

		SynonymEntry entry = search.addSynonym(new SynonymEntry(null, SynonymEntry.Kind.GROUP, List.of("은하수", "미리내"),
				List.of()));

		Awaitility.await("노드 B의 검색어가 새 동의어로 넓어짐")
			.atMost(Duration.ofSeconds(30))
			.until(() -> terms(indexerB, synonymsB).contains("미리내"));
		assertThat(indexerB.isRebuilding()).isFalse();
		search.removeSynonym(entry.id());
		Awaitility.await("지운 동의어가 노드 B에서도 빠짐")
			.atMost(Duration.ofSeconds(30))
			.until(() -> !terms(indexerB, synonymsB).contains("미리내"));
	}

	private static List<String> terms(SearchIndexer indexer, QuerySynonyms synonyms) {
		return QueryReading.of(indexer.live().analyzers, synonyms.current().map(), "은하수").terms();
	}

}
