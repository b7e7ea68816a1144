package kr.sinmun.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.ads.BannersChanged;
import kr.sinmun.article.ArticleAppeared;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleSeriesChanged;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.BreakingNewsChanged;
import kr.sinmun.article.RelatedPinsChanged;
import kr.sinmun.frontpage.FrontPageChanged;
import kr.sinmun.people.ReporterProfileChanged;
import kr.sinmun.staticpage.StaticPageChanged;
import kr.sinmun.settings.SiteSettingsChanged;
import kr.sinmun.search.SearchDictionaryChanged;
import kr.sinmun.search.SearchSynonymsChanged;
import kr.sinmun.section.SectionsChanged;
import kr.sinmun.series.SeriesChanged;

/**
 * The events every node must apply, by the stable name stored with each entry: a class may be renamed, a
 * stored name may not. Only these types are ever read back from the table.
 */
final class SharedEvents {

	private static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("article.published", ArticlePublished.class),
			Map.entry("article.unpublished", ArticleUnpublished.class),
			Map.entry("article.appeared", ArticleAppeared.class),
			Map.entry("article.breaking", BreakingNewsChanged.class),
			Map.entry("article.related-pins", RelatedPinsChanged.class),
			Map.entry("article.series", ArticleSeriesChanged.class), Map.entry("series.changed", SeriesChanged.class),
			Map.entry("people.reporter-profile", ReporterProfileChanged.class),
			Map.entry("frontpage.changed", FrontPageChanged.class), Map.entry("page.changed", StaticPageChanged.class),
			Map.entry("sections.changed", SectionsChanged.class), Map.entry("settings.changed", SiteSettingsChanged.class),
			Map.entry("banners.changed", BannersChanged.class),
			Map.entry("dictionary.changed", SearchDictionaryChanged.class),
			Map.entry("synonyms.changed", SearchSynonymsChanged.class));

	private static final Map<Class<?>, String> NAMES = TYPES.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	private final JsonMapper json = JsonMapper.builder().build();

	/** The stored name of an event other nodes must apply, or empty for any other event. */
	Optional<String> nameOf(Object event) {
		return Optional.ofNullable(NAMES.get(event.getClass()));
	}

	String write(Object event) {
		return json.writeValueAsString(event);
	}

	/** The event an entry stands for; empty for a name this version does not know (written by a newer one). */
	Optional<Object> read(String name, String payload) {
		Class<?> type = TYPES.get(name);
		return type == null ? Optional.empty() : Optional.of(json.readValue(payload, type));
	}

	static Map<String, Class<?>> types() {
		return TYPES;
	}

}
