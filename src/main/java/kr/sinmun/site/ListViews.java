package kr.sinmun.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.ReporterProfile;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.settings.SiteSettings;

import org.springframework.stereotype.Component;

/** Builds the paged article lists: a section's page and a reporter's page. */
@Component
class ListViews {

	static final int SECTION_PAGE_SIZE = 20;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final Ranking ranking;

	private final SiteSettings publisher;

	private final PageChrome chrome;

	private final ListItems listItems;

	private final StructuredData structuredData;

	ListViews(Articles articles, Sections sections, People people, Ranking ranking, SiteSettings publisher,
			PageChrome chrome, ListItems listItems, StructuredData structuredData) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.publisher = publisher;
		this.chrome = chrome;
		this.listItems = listItems;
		this.structuredData = structuredData;
	}

	/**
	 * A section's page, empty for an unknown section.
	 * @throws PageNumberNotFoundException for a page number past the section's last page
	 */
	Optional<SectionPage> section(String slug, int page) {
		Optional<Section> found = sections.bySlug(slug);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Section section = found.get();
		ArticlePage<ArticleSummary> result = articles.inSection(section.id(), Math.max(page, 1), SECTION_PAGE_SIZE);
		// CASE: page 1 of an empty section is a real (empty) page; any other page beyond the end is not.
		if (page < 1 || page > result.pageCount()) {
			throw new PageNumberNotFoundException(result.pageCount(), PageKeys.section(section.id()));
		}
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> mostRead = ranking.weeklyInSection(section.id());
		List<ArticleSummary> all = new ArrayList<>(result.items());
		all.addAll(hot);
		all.addAll(mostRead);
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		int pageCount = result.pageCount();
		int first = Math.max(1, Math.min(page - 4, pageCount - 9));
		int last = Math.min(pageCount, first + 9);
		List<SectionPage.PageLink> links = new ArrayList<>();
		for (int number = first; number <= last; number++) {
			links.add(new SectionPage.PageLink(number, pageUrl(section, number), number == page));
		}
		return Optional.of(new SectionPage(chrome.of("section", section.slug()), section.name(),
				listItems.items(result.items(), reporters), result.total(), page, pageCount, links,
				page > 1 ? pageUrl(section, page - 1) : null, page < pageCount ? pageUrl(section, page + 1) : null,
				listItems.items(hot, reporters), structuredData.section(section, pageUrl(section, page)),
				section.id(), listItems.items(mostRead, reporters)));
	}

	/**
	 * A reporter's page, empty for an unknown reporter.
	 * @throws PageNumberNotFoundException for a page number past the reporter's last page
	 */
	Optional<ReporterPageView> reporter(long id, int page) {
		Optional<ReporterProfile> profile = people.profile(id);
		if (profile.isEmpty()) {
			return Optional.empty();
		}
		ArticlePage<ArticleSummary> result = articles.byReporter(id, Math.max(page, 1), SECTION_PAGE_SIZE);
		if (page < 1 || page > result.pageCount()) {
			throw new PageNumberNotFoundException(result.pageCount(), PageKeys.reporter(id));
		}
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> all = new ArrayList<>(result.items());
		all.addAll(hot);
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		String url = profile.get().url();
		List<SectionPage.PageLink> links = new ArrayList<>();
		int first = Math.max(1, Math.min(page - 4, result.pageCount() - 9));
		for (int number = first; number <= Math.min(result.pageCount(), first + 9); number++) {
			links.add(new SectionPage.PageLink(number, number == 1 ? url : url + "?page=" + number, number == page));
		}
		ReporterProfile reporter = profile.get();
		return Optional.of(new ReporterPageView(chrome.of("reporter", null), reporter.name(), reporter.email(), reporter.bio(),
				publisher.current().baseUrl() + url, result.total(), listItems.items(result.items(), reporters), links,
				listItems.items(hot, reporters), reporter.photoUrl(), reporter.photoWidth(), reporter.photoHeight()));
	}

	private static String pageUrl(Section section, int number) {
		return number == 1 ? section.url() : section.url() + "?page=" + number;
	}

}
