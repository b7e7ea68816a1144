package kr.sinmun.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.article.Episode;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.ReporterProfile;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;
import kr.sinmun.settings.SiteSettings;

import org.springframework.stereotype.Component;

/** Builds the paged article lists: a section's page, a series' page and a reporter's page. */
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

	private final SeriesCatalog series;

	private final SeriesEpisodes episodes;

	ListViews(Articles articles, Sections sections, People people, Ranking ranking, SiteSettings publisher,
			PageChrome chrome, ListItems listItems, StructuredData structuredData, SeriesCatalog series,
			SeriesEpisodes episodes) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.publisher = publisher;
		this.chrome = chrome;
		this.listItems = listItems;
		this.structuredData = structuredData;
		this.series = series;
		this.episodes = episodes;
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
		// A parent lists its sub-sections' articles with its own (hidden sub-sections included: their articles
		// are still the parent's news); a sub-section lists only its own.
		List<Integer> ids = new ArrayList<>(List.of(section.id()));
		sections.subSections(section.id()).forEach(sub -> ids.add(sub.id()));
		ArticlePage<ArticleSummary> result = articles.inSections(ids, Math.max(page, 1), SECTION_PAGE_SIZE);
		// CASE: page 1 of an empty section is a real (empty) page; any other page beyond the end is not.
		if (page < 1 || page > result.pageCount()) {
			throw new PageNumberNotFoundException(result.pageCount(), ids.stream().map(PageKeys::section).toArray(String[]::new));
		}
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> mostRead = ranking.weeklyInSection(section.id());
		List<ArticleSummary> all = new ArrayList<>(result.items());
		all.addAll(hot);
		all.addAll(mostRead);
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		int pageCount = result.pageCount();
		List<SectionPage.PageLink> links = SectionPage.PageLink.around(page, pageCount, number -> pageUrl(section, number));
		Optional<Section> parent = sections.parentOf(section);
		return Optional.of(new SectionPage(chrome.of("section", section.slug()), section.name(),
				listItems.items(result.items(), reporters), result.total(), page, pageCount, links,
				page > 1 ? pageUrl(section, page - 1) : null, page < pageCount ? pageUrl(section, page + 1) : null,
				listItems.items(hot, reporters), structuredData.section(section, pageUrl(section, page)),
				section.id(), parent.map(p -> new Chrome.Link(p.name(), p.url())).orElse(null),
				tabs(parent.orElse(section), section), List.copyOf(ids), listItems.items(mostRead, reporters)));
	}

	// The family's shown sub-sections after a "전체" tab for the parent; none when the family has no shown one.
	private List<SectionPage.Tab> tabs(Section parent, Section current) {
		List<Section> shown = sections.subSections(parent.id()).stream().filter(Section::inMenu).toList();
		if (shown.isEmpty()) {
			return List.of();
		}
		List<SectionPage.Tab> tabs = new ArrayList<>();
		tabs.add(new SectionPage.Tab("전체", parent.url(), parent.id() == current.id()));
		shown.forEach(sub -> tabs.add(new SectionPage.Tab(sub.name(), sub.url(), sub.id() == current.id())));
		return tabs;
	}

	/**
	 * A series' (연재) page, empty for an unknown or inactive series.
	 * @throws PageNumberNotFoundException for a page number past the series' last page
	 */
	Optional<SeriesPageView> series(String slug, int page) {
		Optional<Series> found = series.bySlug(slug).filter(Series::active);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Series shown = found.get();
		ArticlePage<Episode> result = episodes.episodes(shown.id(), Math.max(page, 1), SECTION_PAGE_SIZE);
		// CASE: page 1 of a series without episodes yet is a real (empty) page; any other page beyond the end is not.
		if (page < 1 || page > result.pageCount()) {
			throw new PageNumberNotFoundException(result.pageCount(), PageKeys.series(shown.id()));
		}
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> all = new ArrayList<>(result.items().stream().map(Episode::article).toList());
		all.addAll(hot);
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		int pageCount = result.pageCount();
		List<SectionPage.PageLink> links = SectionPage.PageLink.around(page, pageCount, number -> pageUrl(shown.url(), number));
		List<SeriesPageView.EpisodeItem> items = result.items()
			.stream()
			.map(episode -> new SeriesPageView.EpisodeItem(episode.number(), listItems.item(episode.article(), reporters)))
			.toList();
		return Optional.of(new SeriesPageView(chrome.of("section", null), shown.id(), shown.name(), shown.description(),
				items, result.total(), page, pageCount, links, page > 1 ? pageUrl(shown.url(), page - 1) : null,
				page < pageCount ? pageUrl(shown.url(), page + 1) : null, listItems.items(hot, reporters),
				structuredData.series(shown, pageUrl(shown.url(), page))));
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
		List<SectionPage.PageLink> links = SectionPage.PageLink.around(page, result.pageCount(),
				number -> number == 1 ? url : url + "?page=" + number);
		ReporterProfile reporter = profile.get();
		return Optional.of(new ReporterPageView(chrome.of("reporter", null), reporter.name(), reporter.email(), reporter.bio(),
				publisher.current().baseUrl() + url, result.total(), listItems.items(result.items(), reporters), links,
				listItems.items(hot, reporters), reporter.photoUrl(), reporter.photoWidth(), reporter.photoHeight()));
	}

	private static String pageUrl(String url, int number) {
		return number == 1 ? url : url + "?page=" + number;
	}

	private static String pageUrl(Section section, int number) {
		return number == 1 ? section.url() : section.url() + "?page=" + number;
	}

}
