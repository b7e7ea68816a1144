package kr.sinmun.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.Banners;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Slot;
import kr.sinmun.pagecache.PageKeys;
import kr.sinmun.staticpage.StaticPage;
import kr.sinmun.staticpage.StaticPages;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.JsonInHtml;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.search.Search;
import kr.sinmun.search.SearchQuery;
import kr.sinmun.search.SearchRequest;
import kr.sinmun.search.SearchResults;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.weather.WeatherTicker;

import org.springframework.stereotype.Component;

/**
 * Builds the view models of the reader pages. Every list is assembled with a fixed number of queries: the
 * articles, then all their reporters at once; sections come from memory.
 */
@Component
class SiteViews {

	static final int SECTION_PAGE_SIZE = 20;

	static final int HOME_BOX_SIZE = 5;

	static final int SEARCH_PAGE_SIZE = 10;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final Ranking ranking;

	private final StaticPages staticPages;

	private final SiteSettings publisher;

	private final Search search;

	private final WeatherTicker weatherTicker;

	private final Clock clock;

	private final FrontPage frontPage;

	private final Banners banners;

	SiteViews(Articles articles, Sections sections, People people, Ranking ranking, StaticPages staticPages,
			SiteSettings publisher, Search search, WeatherTicker weatherTicker, Clock clock, FrontPage frontPage,
			Banners banners) {
		this.frontPage = frontPage;
		this.banners = banners;
		this.search = search;
		this.weatherTicker = weatherTicker;
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.staticPages = staticPages;
		this.publisher = publisher;
		this.clock = clock;
	}

	HomePage home() {
		// The top story is the newest article with a photo, looking a little further back than the headlines.
		List<ArticleSummary> latest = articles.latest(30);
		Map<Integer, List<ArticleSummary>> perSection = articles.latestPerSection(HOME_BOX_SIZE);
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> all = new ArrayList<>(latest.subList(0, Math.min(8, latest.size())));
		perSection.values().forEach(all::addAll);
		all.addAll(hot);
		// The desk's placements come first; an empty slot, or a placed article no longer visible, falls back to
		// the news. Placed articles are nearly always among the latest, so they rarely cost a query.
		Map<Slot, ArticleSummary> placed = placed(latest);
		ArticleSummary topArticle = placed.containsKey(Slot.TOP) ? placed.get(Slot.TOP)
				: latest.stream()
					.filter(article -> article.imageUrl() != null)
					.findFirst()
					.or(() -> latest.stream().findFirst())
					.orElse(null);
		if (topArticle != null) {
			all.add(topArticle);
		}
		List<ArticleSummary> leads = Stream.of(Slot.LEAD1, Slot.LEAD2, Slot.LEAD3)
			.map(placed::get)
			.filter(java.util.Objects::nonNull)
			.filter(article -> article != topArticle)
			.toList();
		all.addAll(leads);
		Map<Long, Reporter> reporters = reportersOf(all);
		ListItem top = topArticle == null ? null : item(topArticle, reporters);
		List<ListItem> headlines = Stream.concat(leads.stream(), latest.stream().filter(article -> !leads.contains(article)))
			.filter(article -> top == null || !article.url().equals(top.url()))
			.limit(6)
			.map(article -> item(article, reporters))
			.toList();
		List<HomePage.SectionBox> boxes = sections.menu()
			.stream()
			.map(section -> new HomePage.SectionBox(section.name(), section.url(),
					perSection.getOrDefault(section.id(), List.of()).stream().map(a -> item(a, reporters)).toList()))
			.toList();
		String home = publisher.current().baseUrl() + "/";
		Map<String, Object> organization = organization();
		Map<String, Object> website = new LinkedHashMap<>();
		website.put("@context", "https://schema.org");
		website.put("@type", "WebSite");
		website.put("name", publisher.current().name());
		website.put("url", home);
		website.put("inLanguage", "ko-KR");
		website.put("publisher", organization);
		website.put("potentialAction", Map.of("@type", "SearchAction", "target",
				publisher.current().baseUrl() + "/search?q={search_term_string}", "query-input", "required name=search_term_string"));
		SocialMeta social = new SocialMeta("website", publisher.current().name(), publisher.current().name() + " — 인터넷신문", home,
				publisher.current().name(), topArticle == null ? publisher.current().logoUrl() : absolute(topArticle.imageUrl()), null, null,
				null, null, null, jsonLd(website));
		return new HomePage(chrome(""), top, headlines, boxes, items(hot, reporters), social);
	}

	private Map<Slot, ArticleSummary> placed(List<ArticleSummary> latest) {
		Map<Slot, Long> current = frontPage.current();
		Map<Slot, ArticleSummary> placed = new java.util.EnumMap<>(Slot.class);
		if (current.isEmpty()) {
			return placed;
		}
		Map<Long, ArticleSummary> byId = new java.util.HashMap<>();
		latest.forEach(article -> byId.put(article.id(), article));
		List<Long> missing = current.values().stream().filter(id -> !byId.containsKey(id)).distinct().toList();
		if (!missing.isEmpty()) {
			articles.visible(missing).forEach(article -> byId.put(article.id(), article));
		}
		current.forEach((slot, id) -> {
			if (byId.containsKey(id)) {
				placed.put(slot, byId.get(id));
			}
		});
		return placed;
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
		List<ArticleSummary> all = new ArrayList<>(result.items());
		all.addAll(hot);
		Map<Long, Reporter> reporters = reportersOf(all);
		int pageCount = result.pageCount();
		int first = Math.max(1, Math.min(page - 4, pageCount - 9));
		int last = Math.min(pageCount, first + 9);
		List<SectionPage.PageLink> links = new ArrayList<>();
		for (int number = first; number <= last; number++) {
			links.add(new SectionPage.PageLink(number, pageUrl(section, number), number == page));
		}
		return Optional.of(new SectionPage(chrome(section.slug()), section.name(), items(result.items(), reporters),
				result.total(), page, pageCount, links, page > 1 ? pageUrl(section, page - 1) : null,
				page < pageCount ? pageUrl(section, page + 1) : null, items(hot, reporters),
				sectionSocial(section, page), section.id()));
	}

	Optional<ArticlePageView> article(long id) {
		return articles.findVisible(id).map(this::article);
	}

	private ArticlePageView article(ArticleDetail article) {
		Section section = sections.byId(article.sectionId()).orElseThrow();
		List<ArticleSummary> sameSection = articles.latestInSection(section.id(), 6)
			.stream()
			.filter(other -> other.id() != article.id())
			.limit(5)
			.toList();
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> related = articles.visible(search.related(article.id(), 5));
		List<ArticleSummary> all = new ArrayList<>(sameSection);
		all.addAll(hot);
		all.addAll(related);
		all.add(article.summary());
		Map<Long, Reporter> reporters = reportersOf(all);
		Reporter reporter = reporters.get(article.reporterId());
		// "수정" is shown only for a real change after publication, not for the save that published it.
		boolean updated = article.updatedAt().isAfter(article.publishedAt().plusSeconds(60));
		List<String> deck = article.subheadline() == null ? List.of()
				: Arrays.stream(article.subheadline().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		String canonical = publisher.current().baseUrl() + article.url();
		String[] body = splitForBanner(ResponsiveImages.rewrite(article.bodyHtml()));
		return new ArticlePageView(chrome(section.slug()), article.id(), article.url(), canonical, section.name(),
				section.url(), article.headline(), deck,
				reporter == null ? "" : reporter.name(), reporter == null ? null : reporter.email(),
				reporter == null ? null : reporter.url(), KoreanDates.stamp(article.publishedAt()),
				KoreanDates.iso(article.publishedAt()), updated ? KoreanDates.stamp(article.updatedAt()) : null,
				updated ? KoreanDates.iso(article.updatedAt()) : null, body[0], article.tags(),
				article.teaser(), shareUrl("https://www.facebook.com/sharer/sharer.php?u=", canonical, null),
				shareUrl("https://twitter.com/intent/tweet?url=", canonical, article.headline()),
				publisher.current().copyrightLine(), items(hot, reporters), items(sameSection, reporters), items(related, reporters),
				articleSocial(article, section, reporter, canonical),
				article.corrections()
					.stream()
					.map(notice -> new ArticlePageView.Notice(notice.kind().label(), KoreanDates.stamp(notice.at()),
							KoreanDates.iso(notice.at()), notice.body()))
					.toList(),
				coReporters(article), body[1],
				// Demo content stays out of search engines too; links into it are followed.
				article.demo() ? "noindex" : null);
	}

	/**
	 * Cuts the body after the paragraph the in-article slot names, so the slot's space is in the page from the
	 * start and a banner never pushes text down. Short articles keep their body whole and get no such slot.
	 */
	private String[] splitForBanner(String html) {
		int after = banners.slot("article-inline").map(AdSlot::paragraph).filter(java.util.Objects::nonNull).orElse(0);
		if (after < 1) {
			return new String[] { html, null };
		}
		org.jsoup.nodes.Element root = org.jsoup.Jsoup.parseBodyFragment(html).body();
		List<org.jsoup.nodes.Element> blocks = root.children();
		int paragraphs = 0;
		for (int i = 0; i < blocks.size() - 1; i++) {
			if (blocks.get(i).tagName().equals("p") && ++paragraphs == after) {
				StringBuilder before = new StringBuilder();
				StringBuilder rest = new StringBuilder();
				for (int j = 0; j < blocks.size(); j++) {
					(j <= i ? before : rest).append(blocks.get(j).outerHtml());
				}
				return new String[] { before.toString(), rest.toString() };
			}
		}
		return new String[] { html, null };
	}

	// Shared bylines are rare: only those articles pay the one extra query.
	private List<ArticlePageView.Byline> coReporters(ArticleDetail article) {
		if (article.coReporterIds().isEmpty()) {
			return List.of();
		}
		Map<Long, Reporter> found = people.reporters(article.coReporterIds());
		return article.coReporterIds()
			.stream()
			.map(found::get)
			.filter(java.util.Objects::nonNull)
			.map(reporter -> new ArticlePageView.Byline(reporter.name(), reporter.url()))
			.toList();
	}

	/** The search page for the parameters as typed; invalid ones give a Korean error and keep the form. */
	SearchPageView search(String q, String section, String from, String to, String sort, String pageParam) {
		SearchRequest request = SearchRequest.parse(q, section, from, to, sort, pageParam,
				slug -> sections.bySlug(slug).isPresent());
		String query = request.text();
		String sectionSlug = request.section();
		String order = request.order() == SearchQuery.Order.NEWEST ? "newest" : "relevance";
		List<Chrome.Link> options = sections.menu().stream().map(s -> new Chrome.Link(s.name(), s.slug())).toList();
		List<ArticleSummary> hot = ranking.hotClick();
		List<ListItem> hotItems = items(hot, reportersOf(hot));
		String error = request.firstProblem();
		if (error != null || query.isEmpty()) {
			return new SearchPageView(chrome(null), query, sectionSlug, from, to, order, options, error, 0, false, false, null,
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
		List<SectionPage.PageLink> links = new ArrayList<>();
		int first = Math.max(1, Math.min(page - 4, pageCount - 9));
		for (int number = first; number <= Math.min(pageCount, first + 9); number++) {
			links.add(new SectionPage.PageLink(number, base + "&page=" + number, number == page));
		}
		List<SearchPageView.Result> found = results.hits()
			.stream()
			.map(hit -> new SearchPageView.Result(hit.url(), hit.headlineHtml(), hit.snippetHtml(), hit.sectionName(),
					hit.reporter(), KoreanDates.stamp(hit.publishedAt()), KoreanDates.iso(hit.publishedAt())))
			.toList();
		String didYouMean = results.didYouMean();
		return new SearchPageView(chrome(null), query, sectionSlug, from, to, order, options, null, results.total(),
				results.totalIsLowerBound(), results.partial(), didYouMean == null ? null : "/search?q=" + encode(didYouMean), didYouMean, found,
				pageCount > 1 ? links : List.of(), page > 1 ? base + "&page=" + (page - 1) : null,
				page < pageCount ? base + "&page=" + (page + 1) : null, hotItems);
	}

	/**
	 * A reporter's page, empty for an unknown reporter.
	 * @throws PageNumberNotFoundException for a page number past the reporter's last page
	 */
	Optional<ReporterPageView> reporter(long id, int page) {
		Optional<kr.sinmun.people.ReporterProfile> profile = people.profile(id);
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
		Map<Long, Reporter> reporters = reportersOf(all);
		String url = profile.get().url();
		List<SectionPage.PageLink> links = new ArrayList<>();
		int first = Math.max(1, Math.min(page - 4, result.pageCount() - 9));
		for (int number = first; number <= Math.min(result.pageCount(), first + 9); number++) {
			links.add(new SectionPage.PageLink(number, number == 1 ? url : url + "?page=" + number, number == page));
		}
		kr.sinmun.people.ReporterProfile reporter = profile.get();
		return Optional.of(new ReporterPageView(chrome(null), reporter.name(), reporter.email(), reporter.bio(),
				publisher.current().baseUrl() + url, result.total(), items(result.items(), reporters), links, items(hot, reporters),
				reporter.photoUrl(), reporter.photoWidth(), reporter.photoHeight()));
	}

	Optional<StaticPageView> staticPage(String slug) {
		return staticPages.bySlug(slug).map(page -> new StaticPageView(chrome(null), page.title(), page.bodyHtml()));
	}

	ErrorPageView error(int status, String title, String message) {
		return new ErrorPageView(chrome(null), status, title, message);
	}

	Chrome chrome(String currentSlug) {
		List<Chrome.Link> menu = sections.menu().stream().map(s -> new Chrome.Link(s.name(), s.url())).toList();
		List<Chrome.Link> pages = staticPages.all()
			.stream()
			.map((StaticPage page) -> new Chrome.Link(page.title(), page.url()))
			.toList();
		Chrome.Footer footer = new Chrome.Footer(publisher.current().name(), publisher.current().publisherName(), publisher.current().address(),
				publisher.current().phone(), publisher.current().email(), publisher.current().registrationNumber(), publisher.current().registrationDate(),
				publisher.current().publisher(), publisher.current().editor(), publisher.current().youthProtectionOfficer(), publisher.current().copyrightLine(),
				pages);
		List<Chrome.Weather> weather = weatherTicker.current()
			.stream()
			.map(report -> new Chrome.Weather(report.word(), report.place(), report.temperatureText()))
			.toList();
		List<Chrome.Link> verification = publisher.current().verification()
			.entrySet()
			.stream()
			.map(entry -> new Chrome.Link(entry.getValue(), entry.getKey()))
			.toList();
		return new Chrome(publisher.current().name(), KoreanDates.headerDate(clock.instant()), weather, menu, currentSlug, footer,
				verification);
	}

	private Map<Long, Reporter> reportersOf(Collection<ArticleSummary> summaries) {
		Set<Long> ids = new HashSet<>();
		summaries.forEach(summary -> ids.add(summary.reporterId()));
		return people.reporters(ids);
	}

	private List<ListItem> items(List<ArticleSummary> summaries, Map<Long, Reporter> reporters) {
		return summaries.stream().map(summary -> item(summary, reporters)).toList();
	}

	private ListItem item(ArticleSummary summary, Map<Long, Reporter> reporters) {
		Optional<Section> section = sections.byId(summary.sectionId());
		Reporter reporter = reporters.get(summary.reporterId());
		return new ListItem(summary.url(), summary.headline(), summary.teaser(), summary.imageUrl(),
				section.map(Section::name).orElse(""), section.map(Section::url).orElse(null),
				reporter == null ? "" : reporter.name(), KoreanDates.shortStamp(summary.publishedAt()),
				KoreanDates.iso(summary.publishedAt()));
	}

	private static String shareUrl(String base, String url, String text) {
		String shared = base + URLEncoder.encode(url, StandardCharsets.UTF_8);
		return text == null ? shared : shared + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private SocialMeta articleSocial(ArticleDetail article, Section section, Reporter reporter, String canonical) {
		String image = absolute(article.imageUrl());
		String published = KoreanDates.iso(article.publishedAt());
		String modified = KoreanDates.iso(article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt()
				: article.publishedAt());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
		data.put("headline", article.headline());
		data.put("description", article.teaser());
		if (image != null) {
			Map<String, Object> picture = new LinkedHashMap<>();
			picture.put("@type", "ImageObject");
			picture.put("url", image);
			if (article.imageWidth() != null && article.imageHeight() != null) {
				picture.put("width", article.imageWidth());
				picture.put("height", article.imageHeight());
			}
			data.put("image", List.of(picture));
		}
		data.put("datePublished", published);
		data.put("dateModified", modified);
		data.put("articleSection", section.name());
		if (!article.tags().isEmpty()) {
			data.put("keywords", String.join(", ", article.tags()));
		}
		if (reporter != null) {
			data.put("author", List.of(Map.of("@type", "Person", "name", reporter.name(), "url",
					publisher.current().baseUrl() + reporter.url())));
		}
		data.put("publisher", organization());
		data.put("inLanguage", "ko-KR");
		return new SocialMeta("article", article.headline(), article.teaser(), canonical, publisher.current().name(), image,
				image == null ? null : article.imageWidth(), image == null ? null : article.imageHeight(), published,
				modified, section.name(), jsonLd(data));
	}

	private SocialMeta sectionSocial(Section section, int page) {
		String url = publisher.current().baseUrl() + pageUrl(section, page);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "CollectionPage");
		data.put("name", section.name() + " — " + publisher.current().name());
		data.put("url", url);
		data.put("inLanguage", "ko-KR");
		data.put("isPartOf", Map.of("@type", "WebSite", "name", publisher.current().name(), "url", publisher.current().baseUrl() + "/"));
		data.put("publisher", organization());
		return new SocialMeta("website", section.name() + " — " + publisher.current().name(),
				publisher.current().name() + " " + section.name() + " 기사 목록", url, publisher.current().name(), publisher.current().logoUrl(), null,
				null, null, null, null, jsonLd(data));
	}

	private Map<String, Object> organization() {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "NewsMediaOrganization");
		organization.put("name", publisher.current().name());
		organization.put("url", publisher.current().baseUrl() + "/");
		organization.put("logo", Map.of("@type", "ImageObject", "url", publisher.current().logoUrl()));
		return organization;
	}

	private String absolute(String url) {
		if (url == null) {
			return null;
		}
		return url.startsWith("http://") || url.startsWith("https://") ? url : publisher.current().baseUrl() + url;
	}

	private static String jsonLd(Map<String, Object> data) {
		return JsonInHtml.write(data);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String pageUrl(Section section, int number) {
		return number == 1 ? section.url() : section.url() + "?page=" + number;
	}

}
