package kr.sinmun.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.ArticleVideo;
import kr.sinmun.article.Articles;
import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Slot;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.VideoProviders;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * Builds the home page from the desk's composition ({@link FrontPage#layout()}) and placements: the news each
 * box shows, from three queries whatever the composition (the latest articles, the latest per section, which
 * also fills the 오피니언 box, the reporters with their portraits) and a fourth when there is a 영상 box (the newest
 * articles with a video, flagged when saved); 많이 본 뉴스, daily and weekly, from memory. A box with nothing to show is left out, and a banner box when no campaign fills
 * its slot.
 */
@Component
class HomeViews {

	static final int HOME_BOX_SIZE = 5;

	private static final int LATEST = 40;

	private final Articles articles;

	private final Sections sections;

	private final Ranking ranking;

	private final FrontPage frontPage;

	private final PageChrome chrome;

	private final ListItems listItems;

	private final StructuredData structuredData;

	HomeViews(Articles articles, Sections sections, Ranking ranking, FrontPage frontPage, PageChrome chrome,
			ListItems listItems, StructuredData structuredData) {
		this.articles = articles;
		this.sections = sections;
		this.ranking = ranking;
		this.frontPage = frontPage;
		this.chrome = chrome;
		this.listItems = listItems;
		this.structuredData = structuredData;
	}

	HomePage home() {
		return home(frontPage.layout(), null);
	}

	/** The home page drawn from a composition 홈 편집 has not stored, kept out of search engines. */
	HomePage preview(List<Box> layout) {
		return home(layout, "noindex, nofollow");
	}

	private HomePage home(List<Box> layout, String robots) {
		Chrome pageChrome = chrome.of("home", "");
		int sectionSize = layout.stream()
			.filter(box -> box.kind() == Box.Kind.SECTION || box.kind() == Box.Kind.OPINION)
			.mapToInt(Box::size)
			.max()
			.orElse(HOME_BOX_SIZE);
		List<ArticleSummary> latest = articles.latest(LATEST);
		Map<Integer, List<ArticleSummary>> perSection = articles.latestPerSection(sectionSize);
		List<ArticleSummary> hot = ranking.hotClick();
		List<ArticleSummary> weekly = ranking.weekly();
		// Asked only when the page has a 영상 box: a walk of the partial index on video articles.
		int videoSize = layout.stream().filter(box -> box.kind() == Box.Kind.VIDEO).mapToInt(Box::size).max().orElse(0);
		List<ArticleVideo> videos = videoSize == 0 ? List.of() : articles.latestWithVideo(videoSize);
		// The desk's placements come first; an empty slot, or a placed article no longer visible, falls back to
		// the news. Placed articles are nearly always among the latest, so they rarely cost a query.
		Map<Slot, ArticleSummary> placed = placed(latest);
		ArticleSummary topArticle = placed.containsKey(Slot.TOP) ? placed.get(Slot.TOP)
				: latest.stream()
					.filter(article -> article.imageUrl() != null)
					.findFirst()
					.or(() -> latest.stream().findFirst())
					.orElse(null);
		List<ArticleSummary> leads = Stream.of(Slot.LEAD1, Slot.LEAD2, Slot.LEAD3)
			.map(placed::get)
			.filter(Objects::nonNull)
			.filter(article -> article != topArticle)
			.toList();
		List<ArticleSummary> all = new ArrayList<>(latest);
		perSection.values().forEach(all::addAll);
		all.addAll(hot);
		all.addAll(weekly);
		videos.forEach(video -> all.add(video.article()));
		all.addAll(leads);
		if (topArticle != null) {
			all.add(topArticle);
		}
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		News news = new News(topArticle, leads, latest, perSection, hot, weekly, videos, reporters);
		List<HomePage.Box> main = new ArrayList<>();
		List<HomePage.Box> side = new ArrayList<>();
		Set<Long> faces = new LinkedHashSet<>();
		Set<Integer> columnSeries = new LinkedHashSet<>();
		int index = 0;
		for (Box box : layout) {
			HomePage.Box view = view(box, news, pageChrome.ads(), ++index);
			if (view != null) {
				(box.area() == Box.Area.MAIN ? main : side).add(view);
				if (box.kind() == Box.Kind.OPINION) {
					opinion(box, news).forEach(article -> {
						faces.add(article.reporterId());
						if (article.seriesId() != null) {
							columnSeries.add(article.seriesId());
						}
					});
				}
			}
		}
		return new HomePage(pageChrome, main, side, structuredData.home(topArticle), List.copyOf(faces),
				List.copyOf(columnSeries), robots);
	}

	// What the page's boxes draw from, loaded once.
	private record News(ArticleSummary top, List<ArticleSummary> leads, List<ArticleSummary> latest,
			Map<Integer, List<ArticleSummary>> perSection, List<ArticleSummary> hot, List<ArticleSummary> weekly,
			List<ArticleVideo> videos, Map<Long, Reporter> reporters) {

		// The leads, then the newest articles, leaving out the top story.
		List<ArticleSummary> headlines(int size) {
			return Stream.concat(leads.stream(), latest.stream().filter(article -> !leads.contains(article)))
				.filter(article -> top == null || article.id() != top.id())
				.limit(size)
				.toList();
		}

	}

	private HomePage.Box view(Box box, News news, AdPlaces ads, int index) {
		String key = "box-" + index;
		int order = box.phoneOrder();
		return switch (box.kind()) {
			case TOP -> news.top() == null ? null
					: new HomePage.Box("TOP", key, Box.Kind.TOP.label(), null, "CARDS",
							listItems.item(news.top(), news.reporters()), List.of(), null, order);
			case LEADS -> list(box, key, "주요기사", null, news.headlines(box.size()), news, order);
			case LATEST -> {
				List<ArticleSummary> rest = news.latest()
					.stream()
					.filter(article -> news.top() == null || article.id() != news.top().id())
					.limit(box.size())
					.toList();
				yield list(box, key, "최신 기사", null, rest, news, order);
			}
			case MOST_READ -> {
				List<ArticleSummary> daily = news.hot().stream().limit(box.size()).toList();
				if (daily.isEmpty()) {
					yield null;
				}
				List<ListItem> weekly = listItems.items(news.weekly().stream().limit(box.size()).toList(), news.reporters());
				yield new HomePage.Box("MOST_READ", key, "많이 본 뉴스", null, "LIST", null,
						listItems.items(daily, news.reporters()), null, order,
						new HomePage.Extras(weekly, List.of(), List.of()));
			}
			case OPINION -> {
				List<ArticleSummary> columns = opinion(box, news);
				if (columns.isEmpty()) {
					yield null;
				}
				Section section = opinionSection(box).orElseThrow();
				List<ListItem> items = listItems.items(columns, news.reporters());
				List<HomePage.Column> shown = new ArrayList<>();
				for (int i = 0; i < columns.size(); i++) {
					shown.add(column(columns.get(i), items.get(i), news.reporters().get(columns.get(i).reporterId())));
				}
				yield new HomePage.Box("OPINION", "box-opinion-" + index, section.name(), section.url(), "LIST", null, items,
						null, order, new HomePage.Extras(List.of(), List.copyOf(shown), List.of()));
			}
			case VIDEO -> {
				List<ArticleVideo> videos = news.videos().stream().limit(box.size()).toList();
				if (videos.isEmpty()) {
					yield null;
				}
				List<ListItem> items = listItems.items(videos.stream().map(ArticleVideo::article).toList(), news.reporters());
				List<HomePage.Clip> clips = new ArrayList<>();
				for (int i = 0; i < videos.size(); i++) {
					clips.add(new HomePage.Clip(items.get(i), VideoProviders.byKey(videos.get(i).provider())
						.map(VideoProviders::label)
						.orElse("동영상")));
				}
				yield new HomePage.Box("VIDEO", key, "영상", null, "CARDS", null, items, null, order,
						new HomePage.Extras(List.of(), List.of(), List.copyOf(clips)));
			}
			case PHOTO -> list(box, key, "포토뉴스", null, news.latest()
				.stream()
				.filter(article -> article.imageUrl() != null)
				.filter(article -> news.top() == null || article.id() != news.top().id())
				.limit(box.size())
				.toList(), news, order);
			case SECTION -> sections.byId(box.sectionId())
				.map((Section section) -> list(box, "box-" + section.slug() + "-" + index, section.name(), section.url(),
						withSubSections(section, news).stream().limit(box.size()).toList(), news, order))
				.orElse(null);
			case BANNER -> box.slot() != null && ads.has(box.slot())
					? new HomePage.Box("BANNER", key, Box.Kind.BANNER.label(), null, "LIST", null, List.of(), box.slot(), order)
					: null;
		};
	}

	// A parent's box shows its sub-sections' news too, as its page does. Each list holds a section's newest, so
	// the newest of their union are among them: no query.
	private List<ArticleSummary> withSubSections(Section section, News news) {
		List<ArticleSummary> own = news.perSection().getOrDefault(section.id(), List.of());
		List<Section> subSections = sections.subSections(section.id());
		if (subSections.isEmpty()) {
			return own;
		}
		List<ArticleSummary> all = new ArrayList<>(own);
		subSections.forEach(sub -> all.addAll(news.perSection().getOrDefault(sub.id(), List.of())));
		all.sort(Comparator.comparing(ArticleSummary::publishedAt).thenComparing(ArticleSummary::id).reversed());
		return all;
	}

	// The section an opinion box draws from: the desk's choice, or the paper's section whose slug is opinion.
	private Optional<Section> opinionSection(Box box) {
		return box.sectionId() != null ? sections.byId(box.sectionId()) : sections.bySlug(Box.OPINION_SLUG);
	}

	private List<ArticleSummary> opinion(Box box, News news) {
		return opinionSection(box).map(section -> news.perSection().getOrDefault(section.id(), List.<ArticleSummary>of())
			.stream()
			.limit(box.size())
			.toList()).orElse(List.of());
	}

	// The column's name is its 연재's, read with the article; a piece in none is named by its headline's label
	// ("[사설] …"), which then leaves the headline, as does a label the series' name already says.
	static HomePage.Column column(ArticleSummary article, ListItem item, Reporter writer) {
		String name = writer == null ? "" : writer.name();
		String initial = name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
		String byline = name.isEmpty() ? "" : name + " " + writer.title();
		ColumnLabel label = ColumnLabel.of(item.headline());
		String columnName;
		String headline = item.headline();
		if (article.seriesName() != null && !article.seriesName().isBlank()) {
			columnName = article.seriesName();
			if (label != null && label.saidBy(columnName)) {
				headline = label.rest();
			}
		}
		else if (label != null) {
			columnName = label.label();
			headline = label.rest();
		}
		else {
			columnName = null;
		}
		Reporter.Photo photo = writer == null ? null : writer.photo();
		return photo == null ? new HomePage.Column(item, columnName, headline, name, byline, null, 0, 0, initial)
				: new HomePage.Column(item, columnName, headline, name, byline, photo.url(), photo.width(), photo.height(),
						initial);
	}

	/** A headline's leading bracket label, "[사설] 제목" → 사설 and 제목. */
	record ColumnLabel(String label, String rest) {

		private static final Pattern LEADING = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]{1,20}?)\\s*\\]\\s*(\\S.*)$",
				Pattern.DOTALL);

		/** The label, or null when the headline opens with none (or is nothing but one). */
		static ColumnLabel of(String headline) {
			Matcher matcher = LEADING.matcher(headline);
			return matcher.matches() && !matcher.group(1).isBlank()
					? new ColumnLabel(matcher.group(1).strip(), matcher.group(2).strip()) : null;
		}

		// "[칼럼]" under the series 한빛 칼럼 says nothing more; "[기고]" under 사설 would, and stays.
		boolean saidBy(String columnName) {
			String series = columnName.replace(" ", "");
			String own = label.replace(" ", "");
			return series.contains(own) || own.contains(series);
		}

	}

	private HomePage.Box list(Box box, String key, String title, String url, List<ArticleSummary> articles, News news,
			int order) {
		if (articles.isEmpty()) {
			return null;
		}
		return new HomePage.Box(box.kind().name(), key, title, url, box.style().name(), null,
				listItems.items(articles, news.reporters()), null, order);
	}

	private Map<Slot, ArticleSummary> placed(List<ArticleSummary> latest) {
		Map<Slot, Long> current = frontPage.current();
		Map<Slot, ArticleSummary> placed = new EnumMap<>(Slot.class);
		if (current.isEmpty()) {
			return placed;
		}
		Map<Long, ArticleSummary> byId = new HashMap<>();
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

}
