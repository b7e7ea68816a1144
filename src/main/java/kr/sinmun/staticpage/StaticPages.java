package kr.sinmun.staticpage;

import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.platform.HtmlAllowList;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The static pages, read from the database and held in memory: they are linked from every footer. Re-read
 * after an edit on any node ({@link StaticPageChanged}) and compared with the database every
 * {@code sinmun.reconcile-interval}.
 */
@Service
public class StaticPages {

	private static final Logger log = LoggerFactory.getLogger(StaticPages.class);

	private final StaticPageRepository repository;

	private final java.time.Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Counter repairs;

	private volatile List<StaticPage> pages;

	StaticPages(StaticPageRepository repository, java.time.Clock clock,
			org.springframework.context.ApplicationEventPublisher events, MeterRegistry meters) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "pages");
		reload();
	}

	/** Replaces a page's title and text; the text passes the same allow-list as article bodies. */
	@org.springframework.transaction.annotation.Transactional
	public StaticPage update(String slug, String title, String bodyHtml) {
		if (!repository.update(slug, title.strip(), HtmlAllowList.sanitize(bodyHtml), clock.instant())) {
			throw new java.util.NoSuchElementException("페이지가 없습니다: " + slug);
		}
		reload();
		events.publishEvent(new StaticPageChanged(slug));
		return bySlug(slug).orElseThrow();
	}

	public List<StaticPage> all() {
		return pages;
	}

	public Optional<StaticPage> bySlug(String slug) {
		return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	// First, before the page cache drops the page.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(StaticPageChanged event) {
		reload();
	}

	/** Re-reads the pages; a difference from what was held is a missed change, repaired and reported. */
	@Scheduled(fixedDelayString = "${sinmun.reconcile-interval:5m}", initialDelay = 0)
	void reconcile() {
		List<StaticPage> before = pages;
		reload();
		for (StaticPage page : pages) {
			if (!before.contains(page)) {
				repairs.increment();
				log.info("노드 대조: 메모리의 정적 페이지 {}가 데이터베이스와 달라 다시 읽었습니다", page.slug());
				// Published outside a transaction: this node's pages follow, nothing is announced to the others.
				events.publishEvent(new StaticPageChanged(page.slug()));
			}
		}
	}

	void reload() {
		pages = repository.findAll();
	}

}
