package kr.sinmun.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.Banners;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleEnd;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.article.Episode;
import kr.sinmun.article.EpisodeBox;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.search.Search;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;
import kr.sinmun.settings.SiteSettings;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Builds the article page: the article, its notices and bylines, the in-article banner's place and the side lists. */
@Component
class ArticleViews {

	/** How many 관련기사 the page lists: the desk's pins first, then similar articles to fill the rest. */
	static final int RELATED = Articles.MOST_PINNED;

	/** How many of the reporter's and of the section's other articles the page lists. */
	static final int LISTED = 5;

	/** How many of its series' newest episodes an episode's page lists. */
	static final int EPISODES = 5;

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

	private final SeriesCatalog series;

	private final SeriesEpisodes episodes;

	ArticleViews(Articles articles, Sections sections, People people, Ranking ranking, SiteSettings publisher,
			Search search, Banners banners, PageChrome chrome, ListItems listItems, StructuredData structuredData,
			SeriesCatalog series, SeriesEpisodes episodes) {
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
		this.series = series;
		this.episodes = episodes;
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
		List<ArticleSummary> hot = ranking.hotClick();
		// Similar articles come from the search index (no query); the four lists of the article's end, one query.
		ArticleEnd end = articles.articleEnd(article,
				article.id() == 0 ? List.of() : search.related(article.id(), RELATED), LISTED);
		List<ArticleSummary> all = new ArrayList<>(end.all());
		all.addAll(hot);
		all.add(article.summary());
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		Reporter reporter = reporters.get(article.reporterId());
		String canonical = publisher.current().baseUrl() + article.url();
		Chrome.Link sectionLink = new Chrome.Link(section.name(), section.url());
		Chrome.Link parentLink = sections.parentOf(section).map(parent -> new Chrome.Link(parent.name(), parent.url())).orElse(null);
		ArticlePageView.Meta meta = new ArticlePageView.Meta(article.id(), article.url(), canonical, article.teaser(),
				// Demo content stays out of search engines too; links into it are followed.
				preview ? "noindex, nofollow" : article.demo() ? "noindex" : null, structuredData.article(article, section, reporter, canonical),
				Stream.concat(Stream.of(article.reporterId()), article.coReporterIds().stream()).toList());
		ArticlePageView.End articleEnd = new ArticlePageView.End(reporterCard(reporter, end, reporters),
				listItems.items(related(end), reporters), sectionLink, listItems.items(end.sameSection(), reporters));
		return new ArticlePageView(chrome.of("article", section.slug()), meta,
				head(article, parentLink, sectionLink, reporter, canonical), body(article), articleEnd,
				new ArticlePageView.Side(listItems.items(hot, reporters)), preview ? null : series(article));
	}

	// A preview has no number yet: only visible episodes are counted.
	// An article in no series costs no query; an episode two (the series, then its box).
	private ArticlePageView.Series series(ArticleDetail article) {
		Integer seriesId = article.seriesId();
		if (seriesId == null) {
			return null;
		}
		Series found = series.byId(seriesId).orElse(null);
		if (found == null) {
			return null;
		}
		EpisodeBox box = found.active() ? episodes.box(article.id(), seriesId, EPISODES).orElse(null) : null;
		if (box == null) {
			return new ArticlePageView.Series(seriesId, false, found.name(), found.url(), 0, List.of(), null, null);
		}
		List<ArticlePageView.Episode> newest = box.newest().stream().map(episode -> episode(episode, article)).toList();
		return new ArticlePageView.Series(seriesId, true, found.name(), found.url(), box.number(), newest,
				box.previous() == null ? null : episode(box.previous(), article),
				box.next() == null ? null : episode(box.next(), article));
	}

	private static ArticlePageView.Episode episode(Episode episode, ArticleDetail article) {
		return new ArticlePageView.Episode(episode.number(), episode.article().headline(), episode.article().url(),
				KoreanDates.shortStamp(episode.article().publishedAt()), KoreanDates.iso(episode.article().publishedAt()),
				episode.article().id() == article.id());
	}

	private ArticlePageView.Head head(ArticleDetail article, Chrome.Link parentSection, Chrome.Link section,
			Reporter reporter, String canonical) {
		// "수정" is shown only for a real change after publication, not for the save that published it.
		boolean updated = article.updatedAt().isAfter(article.publishedAt().plusSeconds(60));
		List<String> deck = article.subheadline() == null ? List.of()
				: Arrays.stream(article.subheadline().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		ArticlePageView.Byline byline = new ArticlePageView.Byline(
				new Chrome.Link(reporter == null ? "" : reporter.name(), reporter == null ? null : reporter.url()),
				reporter == null ? null : reporter.email(), coReporters(article));
		ArticlePageView.Times times = new ArticlePageView.Times(KoreanDates.stamp(article.publishedAt()),
				KoreanDates.iso(article.publishedAt()), updated ? KoreanDates.stamp(article.updatedAt()) : null,
				updated ? KoreanDates.iso(article.updatedAt()) : null);
		return new ArticlePageView.Head(parentSection, section, article.headline(), deck, byline, times,
				new ArticlePageView.Share(shareUrl("https://www.facebook.com/sharer/sharer.php?u=", canonical, null),
						shareUrl("https://twitter.com/intent/tweet?url=", canonical, article.headline())));
	}

	private ArticlePageView.Body body(ArticleDetail article) {
		String[] html = splitForBanner(ResponsiveImages.rewrite(BodyEmbeds.rewrite(article.bodyHtml())));
		List<ArticlePageView.Notice> notices = article.corrections()
			.stream()
			.map(notice -> new ArticlePageView.Notice(notice.kind().label(), KoreanDates.stamp(notice.at()),
					KoreanDates.iso(notice.at()), notice.body()))
			.toList();
		return new ArticlePageView.Body(notices, html[0], html[1], article.tags(), publisher.current().copyrightLine());
	}

	/** 관련기사: the desk's pins in its order, then similar articles the search found, up to {@link #RELATED} in all. */
	static List<ArticleSummary> related(ArticleEnd end) {
		Map<Long, ArticleSummary> chosen = new LinkedHashMap<>();
		end.pinned().forEach(pinned -> chosen.putIfAbsent(pinned.id(), pinned));
		end.found().forEach(found -> {
			if (chosen.size() < RELATED) {
				chosen.putIfAbsent(found.id(), found);
			}
		});
		return List.copyOf(chosen.values());
	}

	private ArticlePageView.ReporterCard reporterCard(Reporter reporter, ArticleEnd end, Map<Long, Reporter> reporters) {
		if (reporter == null) {
			return null;
		}
		Reporter.Photo photo = reporter.photo();
		return new ArticlePageView.ReporterCard(reporter.name(), reporter.email(), reporter.url(),
				photo == null ? null : new ArticlePageView.Photo(photo.url(), photo.width(), photo.height()),
				listItems.items(end.byReporter(), reporters));
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
	private List<Chrome.Link> coReporters(ArticleDetail article) {
		if (article.coReporterIds().isEmpty()) {
			return List.of();
		}
		Map<Long, Reporter> found = people.reporters(article.coReporterIds());
		return article.coReporterIds()
			.stream()
			.map(found::get)
			.filter(Objects::nonNull)
			.map(reporter -> new Chrome.Link(reporter.name(), reporter.url()))
			.toList();
	}

	private static String shareUrl(String base, String url, String text) {
		String shared = base + URLEncoder.encode(url, StandardCharsets.UTF_8);
		return text == null ? shared : shared + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
