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

/** A dictionary word added on one node reaches every node's index, not only the index of the node it was added on. */
@Tag("cluster")
class DictionaryAcrossNodesIntegrationTests extends IntegrationTest {

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
	void aWordAddedOnOneNodeRebuildsEveryNodesIndex() {
		nodeB = ClusterNodes.start(pool, KAKAO.url());
		SearchIndexer indexerB = nodeB.getBean(SearchIndexer.class);
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !indexerB.isRebuilding() && indexerB.reconciled());
		assertThat(indexerB.live().analyzers.queryTerms("한울누리바이오가")).isNotEqualTo(List.of("한울누리바이오"));

		search.addWord(new DictionaryWord("한울누리바이오", null));

		Awaitility.await("노드 B의 색인이 새 낱말로 다시 만들어짐")
			.atMost(Duration.ofSeconds(30))
			.until(() -> !indexerB.isRebuilding()
					&& indexerB.live().analyzers.queryTerms("한울누리바이오가").equals(List.of("한울누리바이오")));
		search.removeWord("한울누리바이오");
	}

}
