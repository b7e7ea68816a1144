package kr.sinmun.site;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.sinmun.article.ArticleSummary;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.stereotype.Component;

/**
 * Turns article summaries into list entries. A page loads all the reporters of its lists at once
 * ({@link #reportersOf}) and then builds its items from that map, so a list costs one query however long it is;
 * sections come from memory.
 */
@Component
class ListItems {

	private final Sections sections;

	private final People people;

	ListItems(Sections sections, People people) {
		this.sections = sections;
		this.people = people;
	}

	Map<Long, Reporter> reportersOf(Collection<ArticleSummary> summaries) {
		Set<Long> ids = new HashSet<>();
		summaries.forEach(summary -> ids.add(summary.reporterId()));
		return people.reporters(ids);
	}

	List<ListItem> items(List<ArticleSummary> summaries, Map<Long, Reporter> reporters) {
		return summaries.stream().map(summary -> item(summary, reporters)).toList();
	}

	ListItem item(ArticleSummary summary, Map<Long, Reporter> reporters) {
		Optional<Section> section = sections.byId(summary.sectionId());
		Reporter reporter = reporters.get(summary.reporterId());
		return new ListItem(summary.url(), summary.headline(), summary.teaser(), summary.imageUrl(),
				section.map(Section::name).orElse(""), section.map(Section::url).orElse(null),
				reporter == null ? "" : reporter.name(), KoreanDates.shortStamp(summary.publishedAt()),
				KoreanDates.iso(summary.publishedAt()));
	}

}
