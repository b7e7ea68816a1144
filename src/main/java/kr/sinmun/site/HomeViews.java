package kr.sinmun.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Slot;
import kr.sinmun.people.Reporter;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/** Builds the home page: the desk's placements, the latest headlines, one box per section and HOT클릭. */
@Component
class HomeViews {

	static final int HOME_BOX_SIZE = 5;

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
			.filter(Objects::nonNull)
			.filter(article -> article != topArticle)
			.toList();
		all.addAll(leads);
		Map<Long, Reporter> reporters = listItems.reportersOf(all);
		ListItem top = topArticle == null ? null : listItems.item(topArticle, reporters);
		List<ListItem> headlines = Stream.concat(leads.stream(), latest.stream().filter(article -> !leads.contains(article)))
			.filter(article -> top == null || !article.url().equals(top.url()))
			.limit(6)
			.map(article -> listItems.item(article, reporters))
			.toList();
		List<HomePage.SectionBox> boxes = sections.menu()
			.stream()
			.map(section -> new HomePage.SectionBox(section.name(), section.url(),
					perSection.getOrDefault(section.id(), List.of()).stream().map(a -> listItems.item(a, reporters)).toList()))
			.toList();
		return new HomePage(chrome.of("home", ""), top, headlines, boxes, listItems.items(hot, reporters),
				structuredData.home(topArticle));
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
