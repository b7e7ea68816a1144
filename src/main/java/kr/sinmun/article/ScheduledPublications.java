package kr.sinmun.article;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces 예약 and 엠바고 articles when their time comes. Readers' queries already hide an article until its
 * second, so nothing here decides visibility and a restart cannot lose a schedule; this only tells this node's
 * caches and search index, which otherwise hear of an article only when it is saved. On start it looks back
 * one day, so a node that was down at the moment still catches up.
 */
@Component
class ScheduledPublications {

	private final ArticleRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private Instant checkedUntil;

	ScheduledPublications(ArticleRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.checkedUntil = clock.instant().minusSeconds(86_400);
	}

	@Scheduled(fixedDelayString = "${sinmun.schedule-check:1s}", initialDelayString = "${sinmun.schedule-check:1s}")
	synchronized void announceDue() {
		Instant now = clock.instant();
		if (now.isBefore(checkedUntil)) {
			// CASE: the clock went back (an NTP step): start again from now rather than wait to catch up.
			checkedUntil = now;
			return;
		}
		for (ArticleStamp due : repository.becameVisible(checkedUntil, now)) {
			events.publishEvent(new ArticlePublished(due.id(), due.sectionId()));
		}
		checkedUntil = now;
	}

}
