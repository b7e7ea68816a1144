package kr.sinmun.site;

import java.util.Optional;

import kr.sinmun.staticpage.StaticPages;

import org.springframework.stereotype.Component;

/** Builds the pages the newsroom writes by hand (static pages) and the error page. */
@Component
class StaticPageViews {

	private final StaticPages staticPages;

	private final PageChrome chrome;

	StaticPageViews(StaticPages staticPages, PageChrome chrome) {
		this.staticPages = staticPages;
		this.chrome = chrome;
	}

	Optional<StaticPageView> staticPage(String slug) {
		return staticPages.bySlug(slug).map(page -> new StaticPageView(chrome.of("page", null), page.title(), page.bodyHtml()));
	}

	ErrorPageView error(int status, String title, String message) {
		return new ErrorPageView(chrome.of("error", null), status, title, message);
	}

}
