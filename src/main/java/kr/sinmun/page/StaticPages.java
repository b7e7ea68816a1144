package kr.sinmun.page;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The static pages, read from the database and held in memory: they are linked from every footer. */
@Service
public class StaticPages {

	private final StaticPageRepository repository;

	private final java.time.Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private volatile List<StaticPage> pages;

	StaticPages(StaticPageRepository repository, java.time.Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
		reload();
	}

	/** Replaces a page's title and text; the text passes the same allow-list as article bodies. */
	@org.springframework.transaction.annotation.Transactional
	public StaticPage update(String slug, String title, String bodyHtml) {
		if (!repository.update(slug, title.strip(), kr.sinmun.platform.HtmlAllowList.sanitize(bodyHtml), clock.instant())) {
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

	public void reload() {
		pages = repository.findAll();
	}

}
