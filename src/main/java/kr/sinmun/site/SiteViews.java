package kr.sinmun.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.page.StaticPage;
import kr.sinmun.page.StaticPages;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.publisher.Publisher;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * Builds the view models of the reader pages. Every list is assembled with a fixed number of queries: the
 * articles, then all their reporters at once; sections come from memory.
 */
@Component
class SiteViews {

	static final int SECTION_PAGE_SIZE = 20;

	static final int HOME_BOX_SIZE = 5;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final Ranking ranking;

	private final StaticPages staticPages;

	private final Publisher publisher;

	private final Clock clock;

	SiteViews(Articles articles, Sections sections, People people, Ranking ranking, StaticPages staticPages,
			Publisher publisher, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.staticPages = staticPages;
		this.publisher = publisher;
		this.clock = clock;
	}

	HomePage home() {
		List<ArticleSummary> latest = articles.latest(7);
		Map<Integer, List<ArticleSummary>> perSection = articles.latestPerSection(HOME_BOX_SIZE);
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> all = new ArrayList<>(latest);
		perSection.values().forEach(all::addAll);
		all.addAll(hot);
		Map<Long, Reporter> reporters = reportersOf(all);
		ListItem top = latest.stream()
			.filter(article -> article.imageUrl() != null)
			.findFirst()
			.or(() -> latest.stream().findFirst())
			.map(article -> item(article, reporters))
			.orElse(null);
		List<ListItem> headlines = latest.stream()
			.filter(article -> top == null || !article.url().equals(top.url()))
			.limit(6)
			.map(article -> item(article, reporters))
			.toList();
		List<HomePage.SectionBox> boxes = sections.menu()
			.stream()
			.map(section -> new HomePage.SectionBox(section.name(), section.url(),
					perSection.getOrDefault(section.id(), List.of()).stream().map(a -> item(a, reporters)).toList()))
			.toList();
		return new HomePage(chrome(""), top, headlines, boxes, items(hot, reporters));
	}

	Optional<SectionPage> section(String slug, int page) {
		Optional<Section> found = sections.bySlug(slug);
		if (found.isEmpty() || page < 1) {
			return Optional.empty();
		}
		Section section = found.get();
		ArticlePage<ArticleSummary> result = articles.inSection(section.id(), page, SECTION_PAGE_SIZE);
		// CASE: page 1 of an empty section is a real (empty) page; any other page beyond the end is not.
		if (page > result.pageCount()) {
			return Optional.empty();
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
				page < pageCount ? pageUrl(section, page + 1) : null, items(hot, reporters)));
	}

	Optional<ArticlePageView> article(long id) {
		return articles.findVisible(id).map(this::article);
	}

	private ArticlePageView article(ArticleDetail article) {
		Section section = sections.byId(article.sectionId()).orElseThrow();
		List<ArticleSummary> sameSection = articles.inSection(section.id(), 1, 6)
			.items()
			.stream()
			.filter(other -> other.id() != article.id())
			.limit(5)
			.toList();
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> all = new ArrayList<>(sameSection);
		all.addAll(hot);
		all.add(article.summary());
		Map<Long, Reporter> reporters = reportersOf(all);
		Reporter reporter = reporters.get(article.reporterId());
		// "수정" is shown only for a real change after publication, not for the save that published it.
		boolean updated = article.updatedAt().isAfter(article.publishedAt().plusSeconds(60));
		List<String> deck = article.subheadline() == null ? List.of()
				: Arrays.stream(article.subheadline().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		String canonical = publisher.baseUrl() + article.url();
		return new ArticlePageView(chrome(section.slug()), article.id(), article.url(), canonical, section.name(), section.url(), article.headline(), deck,
				reporter == null ? "" : reporter.name(), reporter == null ? null : reporter.email(),
				reporter == null ? null : reporter.url(), KoreanDates.stamp(article.publishedAt()),
				KoreanDates.iso(article.publishedAt()), updated ? KoreanDates.stamp(article.updatedAt()) : null,
				updated ? KoreanDates.iso(article.updatedAt()) : null, article.bodyHtml(), article.tags(),
				article.teaser(), shareUrl("https://www.facebook.com/sharer/sharer.php?u=", canonical, null),
				shareUrl("https://twitter.com/intent/tweet?url=", canonical, article.headline()), publisher.copyrightLine(), items(hot, reporters), items(sameSection, reporters));
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
		Chrome.Footer footer = new Chrome.Footer(publisher.name(), publisher.publisherName(), publisher.address(),
				publisher.phone(), publisher.email(), publisher.registrationNumber(), publisher.registrationDate(),
				publisher.publisher(), publisher.editor(), publisher.youthProtectionOfficer(), publisher.copyrightLine(),
				pages);
		return new Chrome(publisher.name(), KoreanDates.headerDate(clock.instant()), menu, currentSlug, footer);
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

	private static String pageUrl(Section section, int number) {
		return number == 1 ? section.url() : section.url() + "?page=" + number;
	}

}
