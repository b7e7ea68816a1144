package kr.sinmun.article;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes for good the drafts deleted more than {@link Articles#DISCARDED_KEPT} ago, which no one can restore any
 * more. Every node runs it; each batch is one statement that skips rows another node holds, so running it on
 * several nodes at once removes each draft once and blocks nobody. A deleted draft was never on a reader's page,
 * so nothing is announced.
 */
@Component
class DiscardedDraftPurge {

	private static final Logger log = LoggerFactory.getLogger(DiscardedDraftPurge.class);

	private static final int BATCH = 500;

	private final ArticleRepository repository;

	private final Clock clock;

	DiscardedDraftPurge(ArticleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sinmun.drafts.purge-interval:1h}", initialDelayString = "${sinmun.drafts.purge-interval:1h}")
	void scheduled() {
		purge();
	}

	/** Removes every draft past its time, in batches; answers how many. */
	int purge() {
		int total = 0;
		int removed;
		do {
			removed = repository.purgeDiscarded(clock.instant().minus(Articles.DISCARDED_KEPT), BATCH);
			total += removed;
		}
		while (removed == BATCH);
		if (total > 0) {
			log.info("지운 지 30일이 지난 초안 {}건을 영구 삭제했습니다.", total);
		}
		return total;
	}

}
