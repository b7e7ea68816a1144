package kr.sinmun.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import kr.sinmun.article.ArticleSummary;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.search.Search;
import kr.sinmun.search.SearchQuery;
import kr.sinmun.search.SearchRequest;
import kr.sinmun.search.SearchResults;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/** Builds the search page: the form as typed, its results and their pages. */
@Component
class SearchViews {

	static final int SEARCH_PAGE_SIZE = 10;

	private final Sections sections;

	private final Ranking ranking;

	private final Search search;

	private final PageChrome chrome;

	private final ListItems listItems;

	SearchViews(Sections sections, Ranking ranking, Search search, PageChrome chrome, ListItems listItems) {
		this.sections = sections;
		this.ranking = ranking;
		this.search = search;
		this.chrome = chrome;
		this.listItems = listItems;
	}

	/** The search page for the parameters as typed; invalid ones give a Korean error and keep the form. */
	SearchPageView search(String q, String section, String from, String to, String sort, String pageParam) {
		SearchRequest request = SearchRequest.parse(q, section, from, to, sort, pageParam,
				slug -> sections.bySlug(slug).isPresent());
		String query = request.text();
		String sectionSlug = request.section();
		String order = request.order() == SearchQuery.Order.NEWEST ? "newest" : "relevance";
		// Sub-sections follow their parent, named with it as the newsroom's lists do (경제 › 부동산), so a reader
		// can narrow a search to one or keep the parent, which finds its sub-sections' articles too.
		List<Chrome.Link> options = sections.listed()
			.stream()
			.map(s -> new Chrome.Link(sections.parentOf(s).map(parent -> parent.name() + " › ").orElse("") + s.name(),
					s.slug()))
			.toList();
		List<ArticleSummary> hot = ranking.hotClick();
		List<ListItem> hotItems = listItems.items(hot, listItems.reportersOf(hot));
		String error = request.firstProblem();
		if (error != null || query.isEmpty()) {
			return new SearchPageView(chrome.of("search", null), query, sectionSlug, from, to, order, options, error, 0, false, false, null,
					null, List.of(), List.of(), null, null, hotItems);
		}
		LocalDate fromDate = request.from();
		LocalDate toDate = request.to();
		int page = request.page();
		SearchResults results = search.search(request.query(SEARCH_PAGE_SIZE));
		// Beyond 1,000 matches the count is a lower bound; nobody pages that far, so pagination stops at 100.
		int pageCount = (int) Math.min(100, Math.max(1, (results.total() + SEARCH_PAGE_SIZE - 1) / SEARCH_PAGE_SIZE));
		if (page > pageCount) {
			throw new PageNotFoundException();
		}
		String base = "/search?q=" + encode(query) + (sectionSlug == null ? "" : "&section=" + encode(sectionSlug))
				+ (fromDate == null ? "" : "&from=" + fromDate) + (toDate == null ? "" : "&to=" + toDate)
				+ ("newest".equals(order) ? "&sort=newest" : "");
		List<SectionPage.PageLink> links = SectionPage.PageLink.around(page, pageCount, number -> base + "&page=" + number);
		List<SearchPageView.Result> found = results.hits()
			.stream()
			.map(hit -> new SearchPageView.Result(hit.url(), hit.headlineHtml(), hit.snippetHtml(), hit.sectionName(),
					hit.reporter(), KoreanDates.stamp(hit.publishedAt()), KoreanDates.iso(hit.publishedAt())))
			.toList();
		String didYouMean = results.didYouMean();
		return new SearchPageView(chrome.of("search", null), query, sectionSlug, from, to, order, options, null, results.total(),
				results.totalIsLowerBound(), results.partial(), didYouMean == null ? null : "/search?q=" + encode(didYouMean), didYouMean, found,
				pageCount > 1 ? links : List.of(), page > 1 ? base + "&page=" + (page - 1) : null,
				page < pageCount ? base + "&page=" + (page + 1) : null, hotItems);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
