package kr.sinmun.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.Banners;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.search.Search;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.settings.SiteSettings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Builds the article page: the article, its notices and bylines, the in-article banner's place and the side lists. */
@Component
class ArticleViews {

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final Ranking ranking;

	private final SiteSettings publisher;

	private final Search search;

	private final Banners banners;

	private final PageChrome chrome;

	private final ListItems listItems;

	private final StructuredData structuredData;

	ArticleViews(Articles articles, Sections sections, People people, Ranking ranking, SiteSettings publisher,
			Search search, Banners banners, PageChrome chrome, ListItems listItems, StructuredData structuredData) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.publisher = publisher;
		this.search = search;
		this.banners = banners;
		this.chrome = chrome;
		this.listItems = listItems;
		this.structuredData = structuredData;
	}

	Optional<ArticlePageView> article(long id) {
		return articles.findVisible(id).map(article -> article(article, false));
	}

	/**
	 * The page of an article readers cannot see yet, for the newsroom's 미리보기 ({@link ArticlePreviews}): the same
	 * page, never indexed. One not saved yet (id 0) has no related articles to show.
	 */
	ArticlePageView preview(ArticleDetail unpublished) {
		return article(unpublished, true);
	}

	private ArticlePageView article(ArticleDetail article, boolean preview) {
		Section section = sections.byId(article.sectionId()).orElseThrow();
		List<ArticleSummary> sameSection = articles.latestInSection(section.id(), 6)
			.stream()
			.filter(other -> other.id() != article.id())
			.limit(5)
			.toList();
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> related = article.id() == 0 ? List.of()
				: articles.visible(search.related(article.id(), 5));
		List<ArticleSummary> all = new ArrayList<>(sameSection);
		all.addAll(hot);
		all.addAll(related);
		all.add(article.summary());
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		Reporter reporter = reporters.get(article.reporterId());
		// "수정" is shown only for a real change after publication, not for the save that published it.
		boolean updated = article.updatedAt().isAfter(article.publishedAt().plusSeconds(60));
		List<String> deck = article.subheadline() == null ? List.of()
				: Arrays.stream(article.subheadline().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		String canonical = publisher.current().baseUrl() + article.url();
		String[] body = splitForBanner(ResponsiveImages.rewrite(article.bodyHtml()));
		return new ArticlePageView(chrome.of("article", section.slug()), article.id(), article.url(), canonical, section.name(),
				section.url(), article.headline(), deck,
				reporter == null ? "" : reporter.name(), reporter == null ? null : reporter.email(),
				reporter == null ? null : reporter.url(), KoreanDates.stamp(article.publishedAt()),
				KoreanDates.iso(article.publishedAt()), updated ? KoreanDates.stamp(article.updatedAt()) : null,
				updated ? KoreanDates.iso(article.updatedAt()) : null, body[0], article.tags(),
				article.teaser(), shareUrl("https://www.facebook.com/sharer/sharer.php?u=", canonical, null),
				shareUrl("https://twitter.com/intent/tweet?url=", canonical, article.headline()),
				publisher.current().copyrightLine(), listItems.items(hot, reporters),
				listItems.items(sameSection, reporters), listItems.items(related, reporters),
				structuredData.article(article, section, reporter, canonical),
				article.corrections()
					.stream()
					.map(notice -> new ArticlePageView.Notice(notice.kind().label(), KoreanDates.stamp(notice.at()),
							KoreanDates.iso(notice.at()), notice.body()))
					.toList(),
				coReporters(article), body[1],
				// Demo content stays out of search engines too; links into it are followed.
				preview ? "noindex, nofollow" : article.demo() ? "noindex" : null);
	}

	/**
	 * Cuts the body after the paragraph the in-article slot names, so the slot's space is in the page from the
	 * start and a banner never pushes text down. Short articles keep their body whole and get no such slot.
	 */
	private String[] splitForBanner(String html) {
		int after = banners.slot("article-inline").map(AdSlot::paragraph).filter(Objects::nonNull).orElse(0);
		if (after < 1) {
			return new String[] { html, null };
		}
		Element root = Jsoup.parseBodyFragment(html).body();
		List<Element> blocks = root.children();
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
			.filter(Objects::nonNull)
			.map(reporter -> new ArticlePageView.Byline(reporter.name(), reporter.url()))
			.toList();
	}

	private static String shareUrl(String base, String url, String text) {
		String shared = base + URLEncoder.encode(url, StandardCharsets.UTF_8);
		return text == null ? shared : shared + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
