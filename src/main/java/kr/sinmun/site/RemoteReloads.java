package kr.sinmun.site;

import kr.sinmun.cluster.RemoteChange;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.page.StaticPages;
import kr.sinmun.publisher.PublisherSettings;
import kr.sinmun.section.Sections;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What this node holds in memory for every page (menu, footer pages, settings, the home arrangement) is
 * re-read when another node changes it, before the page cache drops the pages that show it.
 */
@Component
class RemoteReloads {

	private final Sections sections;

	private final StaticPages staticPages;

	private final PublisherSettings settings;

	private final FrontPage frontPage;

	RemoteReloads(Sections sections, StaticPages staticPages, PublisherSettings settings, FrontPage frontPage) {
		this.sections = sections;
		this.staticPages = staticPages;
		this.settings = settings;
		this.frontPage = frontPage;
	}

	@Order(0)
	@EventListener
	void on(RemoteChange change) {
		switch (change.kind()) {
			case "FRONT_PAGE" -> frontPage.reload();
			case "STATIC_PAGE" -> staticPages.reload();
			case "SITE" -> {
				sections.reload();
				settings.reload();
			}
			default -> {
			}
		}
	}

}
