package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleListing;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.people.Account;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.Role;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.ranking.Ranking;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.settings.SiteSettings;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds what every newsroom page shares: the frame, and article rows with names resolved in batches. */
@Component
class NewsroomPages {

	private final SiteSettings publisher;

	private final Sections sections;

	private final People people;

	private final Ranking ranking;

	private final Clock clock;

	NewsroomPages(SiteSettings publisher, Sections sections, People people, Ranking ranking, Clock clock) {
		this.publisher = publisher;
		this.sections = sections;
		this.people = people;
		this.ranking = ranking;
		this.clock = clock;
	}

	String siteName() {
		return publisher.current().name();
	}

	PageModels.Chrome chrome(Staff staff, CsrfToken csrf, String active) {
		return new PageModels.Chrome(publisher.current().name(), staff.name(), staff.role().label(), staff.isDesk(), staff.isAdmin(),
				csrf.getParameterName(), csrf.getHeaderName(), csrf.getToken(), active);
	}

	/** Rows for a list: reporters in one query, and view counts (one query) only where asked. */
	List<PageModels.Row> rows(List<ArticleListing> articles, boolean withViews) {
		Set<Long> reporterIds = articles.stream().map(ArticleListing::reporterId).collect(Collectors.toSet());
		Map<Long, Reporter> reporters = people.reporters(reporterIds);
		Map<Long, Long> views = withViews ? ranking.storedViews(articles.stream().map(ArticleListing::id).toList())
				: Map.of();
		Instant now = clock.instant();
		return articles.stream()
			.map(article -> new PageModels.Row(article.id(), article.headline().isBlank() ? "(제목 없음)" : article.headline(),
					sections.byId(article.sectionId()).map(Section::name).orElse("-"),
					reporters.containsKey(article.reporterId()) ? reporters.get(article.reporterId()).name() : "-",
					state(article, now), time(article), withViews ? views.getOrDefault(article.id(), 0L) : null,
					returned(article)))
			.toList();
	}

	/**
	 * The state as the newsroom names it: 예약 and 엠바고 are published articles whose time has not come, 반려 a
	 * draft the desk sent back.
	 */
	static String state(ArticleListing article, Instant now) {
		if (returned(article)) {
			return "반려";
		}
		if (article.waiting(now)) {
			return article.embargo() ? "엠바고" : "예약";
		}
		return article.status().label();
	}

	private static boolean returned(ArticleListing article) {
		return article.returned() && article.status() == ArticleStatus.DRAFT;
	}

	static String stateOf(ArticleDetail article, Instant now) {
		if (article.returned() && article.status() == ArticleStatus.DRAFT) {
			return "반려 (작성중)";
		}
		if (article.status() == ArticleStatus.PUBLISHED && !article.visibleAt(now)) {
			return (article.embargo() ? "엠바고 " : "예약 ") + KoreanDates.stamp(article.publishedAt());
		}
		return article.status().label();
	}

	private static String time(ArticleListing article) {
		return KoreanDates.stamp(article.publishedAt() != null ? article.publishedAt() : article.updatedAt());
	}

	String sectionName(int sectionId) {
		return sections.byId(sectionId)
			.map(section -> sections.parentOf(section).map(parent -> parent.name() + " › ").orElse("") + section.name())
			.orElse("-");
	}

	/**
	 * Every section for a plain {@code <select>}: each top-level section followed by its sub-sections, whose label
	 * names the parent ("경제 › 금융") so that the choice reads the same to a screen reader as on screen.
	 */
	List<PageModels.Option> sectionOptions(Integer selected) {
		List<PageModels.Option> options = new ArrayList<>();
		for (Section section : sections.all()) {
			if (section.isSubSection()) {
				continue;
			}
			options.add(new PageModels.Option(String.valueOf(section.id()), section.name(),
					selected != null && selected == section.id()));
			for (Section sub : sections.subSections(section.id())) {
				options.add(new PageModels.Option(String.valueOf(sub.id()), section.name() + " › " + sub.name(),
						selected != null && selected == sub.id()));
			}
		}
		return options;
	}

	List<PageModels.Option> reporterOptions(Long selected) {
		return reporterOptions(selected == null ? Set.of() : Set.of(selected));
	}

	List<PageModels.Option> reporterOptions(Set<Long> selected) {
		return people.accounts()
			.stream()
			.filter(Account::enabled)
			.map(account -> new PageModels.Option(String.valueOf(account.id()),
					account.displayName() + " (" + account.role().label() + ")", selected.contains(account.id())))
			.toList();
	}

	/**
	 * Who may share a byline as 함께 쓴 기자: enabled reporters and desk editors (관리자 run the paper, they do not
	 * write for it), except {@code byline}, who already has the byline. Chosen ones are selected.
	 */
	List<PageModels.Option> coReporterOptions(Set<Long> selected, long byline) {
		return people.accounts()
			.stream()
			.filter(account -> account.id() == byline ? false : selected.contains(account.id()) || mayShareByline(account))
			.map(account -> new PageModels.Option(String.valueOf(account.id()),
					account.displayName() + (account.role() == Role.REPORTER ? "" : " (" + account.role().label() + ")"),
					selected.contains(account.id())))
			.toList();
	}

	boolean mayShareByline(long id) {
		return people.account(id).filter(NewsroomPages::mayShareByline).isPresent();
	}

	private static boolean mayShareByline(Account account) {
		return account.enabled() && account.role() != Role.ADMIN;
	}

	String nameOf(Long userId) {
		if (userId == null) {
			return "자동화";
		}
		return people.reporter(userId).map(Reporter::name).orElse("-");
	}

	Map<Long, String> namesOf(Collection<Long> ids) {
		return people.reporters(ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
			.values()
			.stream()
			.collect(Collectors.toMap(Reporter::id, Reporter::name));
	}

	boolean sectionExists(int id) {
		return sections.byId(id).isPresent();
	}

	int firstSection() {
		return sections.all().get(0).id();
	}

}
