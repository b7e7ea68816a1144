package kr.sinmun.site;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.Banners;
import kr.sinmun.article.BreakingArticle;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.section.Section;

import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.StaticAssets;
import kr.sinmun.section.Sections;
import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.staticpage.StaticPage;
import kr.sinmun.staticpage.StaticPages;
import kr.sinmun.weather.WeatherTicker;

import org.springframework.stereotype.Component;

/** What every reader page carries around its content: masthead, weather, menu and footer. */
@Component
class PageChrome {

	private final Sections sections;

	private final StaticPages staticPages;

	private final SiteSettings publisher;

	private final WeatherTicker weatherTicker;

	private final Banners banners;

	private final StaticAssets assets;

	private final Clock clock;

	private final BrandLogo logos;

	private final BreakingNews breakingNews;

	PageChrome(Sections sections, StaticPages staticPages, SiteSettings publisher, WeatherTicker weatherTicker,
			Banners banners, StaticAssets assets, Clock clock, BrandLogo logos, BreakingNews breakingNews) {
		this.logos = logos;
		this.breakingNews = breakingNews;
		this.banners = banners;
		this.assets = assets;
		this.sections = sections;
		this.staticPages = staticPages;
		this.publisher = publisher;
		this.weatherTicker = weatherTicker;
		this.clock = clock;
	}

	/**
	 * The chrome of a {@code pageKind} page ({@code home}, {@code section}, {@code article}, {@code search},
	 * {@code reporter}, {@code page}, as banner slots name them; {@code error} has no banners) with the menu
	 * entry of {@code currentSlug} marked (its parent's, for a sub-section), or none when it is null.
	 */
	Chrome of(String pageKind, String currentSlug) {
		List<Chrome.Link> menu = sections.menu().stream().map(PageChrome::link).toList();
		List<Chrome.MenuGroup> allMenu = sections.tree()
			.stream()
			.map(entry -> new Chrome.MenuGroup(link(entry.section()), entry.subSections().stream().map(PageChrome::link).toList()))
			.toList();
		Section current = currentSlug == null || currentSlug.isEmpty() ? null : sections.bySlug(currentSlug).orElse(null);
		String menuSlug = current == null ? currentSlug : sections.parentOf(current).map(Section::slug).orElse(current.slug());
		List<Chrome.Link> pages = staticPages.all()
			.stream()
			// CASE: 기사제보 opens the form, which shows that page's text above it (TipController).
			.map((StaticPage page) -> new Chrome.Link(page.title(), page.slug().equals(TipController.PAGE_SLUG) ? TipController.PATH : page.url()))
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
		return new Chrome(publisher.current().name(), KoreanDates.headerDate(clock.instant()), weather, menu, allMenu,
				currentSlug, menuSlug, footer,
				verification, ads(pageKind, currentSlug), assets(), breaking());
	}

	private static Chrome.Link link(Section section) {
		return new Chrome.Link(section.name(), section.url());
	}

	// With a logo uploaded, the tab and home-screen icons are drawn from it; without, from the brand colour.
	private Chrome.Assets assets() {
		String color = publisher.brandColor();
		String icon = logos.icon(32).map(BrandLogo.BrandFile::url).orElse(BrandStylesheetController.iconUrl(color, null));
		String iconPng = logos.icon(32).map(BrandLogo.BrandFile::url).orElse(BrandStylesheetController.iconUrl(color, 32));
		String touchIcon = logos.icon(180).map(BrandLogo.BrandFile::url).orElse(BrandStylesheetController.iconUrl(color, 180));
		return new Chrome.Assets(assets.url("/css/site.css"), assets.url("/js/site.js"), assets.url("/js/ads.js"),
				BrandStylesheetController.url(color), icon, iconPng, touchIcon,
				logos.logo(BrandLogo.Variant.LIGHT).map(PageChrome::logo).orElse(null),
				logos.logo(BrandLogo.Variant.DARK).map(PageChrome::logo).orElse(null));
	}

	private static Chrome.Logo logo(BrandLogo.BrandFile file) {
		return new Chrome.Logo(file.url(), file.width(), file.height());
	}

	// From memory, with the clock: a mark whose time has passed is never rendered, even before its end is announced.
	private Chrome.Link breaking() {
		List<BreakingArticle> marks = breakingNews.current();
		return marks.isEmpty() ? null : new Chrome.Link(marks.get(0).headline(), marks.get(0).url());
	}

	/** Each slot on this kind of page that a campaign can fill here now, on wide screens, phones or both. */
	private AdPlaces ads(String pageKind, String currentSlug) {
		Integer section = currentSlug == null || currentSlug.isEmpty() ? null
				: sections.bySlug(currentSlug).map(Section::id).orElse(null);
		Map<String, AdPlaces.Reach> places = new LinkedHashMap<>();
		for (AdSlot slot : banners.slots()) {
			if (slot.mobile() || !slot.pages().contains(pageKind)) {
				continue;
			}
			boolean wide = banners.fills(slot.code(), section);
			String phoneCode = "m-" + slot.code();
			boolean narrow = banners.slot(phoneCode).filter(phone -> phone.pages().contains(pageKind)).isPresent()
					&& banners.fills(phoneCode, section);
			if (wide || narrow) {
				places.put(slot.code(), wide && narrow ? AdPlaces.Reach.BOTH : wide ? AdPlaces.Reach.WIDE : AdPlaces.Reach.NARROW);
			}
		}
		return new AdPlaces(pageKind, section, places);
	}

}
