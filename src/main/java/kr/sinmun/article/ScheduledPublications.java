package kr.sinmun.article;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces 예약 and 엠바고 articles when their time comes. Readers' queries already hide an article until its
 * second, so nothing here decides visibility; this only tells readers' copies (page caches, search indexes,
 * most-read lists). Every node runs it, and each article is announced once for the installation: the node
 * that claims the article's row in the database publishes {@link ArticleAppeared} in the claiming transaction,
 * so the change feed carries it to the other nodes as one entry. A node that was down when the time came, or
 * restarts, announces nothing already announced; an article that came due while every node was down is
 * announced by the first node up.
 */
@Component
class ScheduledPublications {

	private static final int BATCH = 100;

	private final ArticleRepository repository;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ScheduledPublications(ArticleRepository repository, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sinmun.schedule-check:1s}", initialDelayString = "${sinmun.schedule-check:1s}")
	void announceDue() {
		List<ArticleStamp> claimed;
		do {
			claimed = transactions.execute(status -> {
				List<ArticleStamp> due = repository.claimAppeared(clock.instant(), BATCH);
				due.forEach(article -> events.publishEvent(new ArticleAppeared(article.id(), article.sectionId())));
				return due;
			});
		}
		while (claimed != null && claimed.size() == BATCH);
	}

}
