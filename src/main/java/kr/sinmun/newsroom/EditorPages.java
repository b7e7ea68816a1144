package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.sinmun.article.ArticleAction;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNote;
import kr.sinmun.article.ArticleRevision;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.article.ArticleTransition;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.article.RevisionStamp;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.portal.Delivery;
import kr.sinmun.portal.PortalFeed;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The editor page as every controller that re-shows it builds it: the editor itself, and the correction form
 * when its notice is refused. Also the account of what another save changed, which the editor's conflict box
 * and the revision pages both show.
 */
@Component
class EditorPages {

	/** How the desk types times: Korean time, to the minute. */
	static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Articles articles;

	private final NewsroomPages pages;

	private final EditorAssets assets;

	private final Clock clock;

	private final int autosaveSeconds;

	private final PortalFeed portals;

	private final BreakingNews breaking;

	private final People people;

	private final SeriesCatalog seriesCatalog;

	private final SeriesEpisodes episodes;

	EditorPages(Articles articles, NewsroomPages pages, EditorAssets assets, Clock clock, NewsroomProperties settings,
			PortalFeed portals, BreakingNews breaking, People people, SeriesCatalog seriesCatalog,
			SeriesEpisodes episodes) {
		this.seriesCatalog = seriesCatalog;
		this.episodes = episodes;
		this.breaking = breaking;
		this.people = people;
		this.articles = articles;
		this.pages = pages;
		this.assets = assets;
		this.clock = clock;
		this.autosaveSeconds = settings.autosaveSeconds();
		this.portals = portals;
	}

	/**
	 * The section a new article starts in: the one this person chose on their account page, else the one they
	 * write in most, else the first of the menu.
	 */
	int startingSection(Staff staff) {
		return people.defaultSection(staff.id()).filter(pages::sectionExists).orElseGet(() -> guessedSection(staff));
	}

	/** Where new articles start without a choice: the section this person writes in most. */
	int guessedSection(Staff staff) {
		return articles.mostUsedSection(staff.id()).filter(pages::sectionExists).orElseGet(pages::firstSection);
	}

	/**
	 * The editor for an article not stored yet (新 기사 쓰기): the same page, for a draft that exists only in the
	 * browser until its first save. Its id is 0, which the page takes as "new".
	 */
	PageModels.EditorPage blank(Staff staff, CsrfToken csrf, ArticleForm form, Map<String, String> errors,
			String notice, PageModels.LocalCopy localCopy) {
		Instant now = clock.instant();
		Integer section = form.sectionNumber();
		ArticleDetail unsaved = new ArticleDetail(0, section == null ? pages.firstSection() : section, staff.id(), "",
				null, "", "", null, null, null, List.of(), ArticleStatus.DRAFT, null, now, now, 0, false, List.of(),
				List.of(), null);
		return editor(staff, csrf, unsaved, form, errors, notice, null, localCopy);
	}

	PageModels.EditorPage editor(Staff staff, CsrfToken csrf, ArticleDetail article, ArticleForm form,
			Map<String, String> errors, String notice, PageModels.Conflict conflict, PageModels.LocalCopy localCopy) {
		Instant now = clock.instant();
		Set<ArticleAction> allowed = ArticleWorkflow.allowed(staff.role(), staff.id(), article, now);
		// 반려 goes with its note, in the note box; the other actions are buttons of the editor's form.
		// The desk came to publish, a reporter to send: that button is the primary one, 저장 the secondary.
		ArticleAction primary = allowed.contains(ArticleAction.PUBLISH) ? ArticleAction.PUBLISH
				: allowed.contains(ArticleAction.SUBMIT) ? ArticleAction.SUBMIT : null;
		List<PageModels.ActionButton> actions = allowed.stream()
			.filter(action -> !action.needsNote())
			.map(action -> new PageModels.ActionButton(action.name(), action.label(), action.timed(), action == primary))
			.toList();
		List<ArticleTransition> log = article.id() == 0 ? List.of() : articles.transitions(article.id());
		Map<Long, String> names = pages.namesOf(log.stream().map(ArticleTransition::actorId).toList());
		List<PageModels.HistoryLine> history = new ArrayList<>();
		for (ArticleTransition step : log) {
			String what = (step.from() == null ? "생성: " : step.from().label() + " → ") + step.to().label();
			if (step.publishAt() != null && step.publishAt().isAfter(step.at())) {
				what += (step.embargo() ? " (엠바고 " : " (예약 ") + KoreanDates.stamp(step.publishAt()) + ")";
			}
			history.add(new PageModels.HistoryLine(KoreanDates.stamp(step.at()), names.getOrDefault(step.actorId(), "자동화"),
					what));
		}
		Integer section = form.sectionNumber();
		Long reporter = form.reporterNumber();
		List<PageModels.HistoryLine> corrections = article.corrections()
			.stream()
			.map(correction -> new PageModels.HistoryLine(KoreanDates.stamp(correction.at()), correction.kind().label(),
					correction.body()))
			.toList();
		List<PageModels.HistoryLine> deliveries = (article.id() == 0 ? List.<Delivery>of() : portals.deliveries(article.id()))
			.stream()
			.map(delivery -> new PageModels.HistoryLine(
					KoreanDates.stamp(delivery.sentAt() != null ? delivery.sentAt() : delivery.createdAt()), "카카오(다음)",
					delivery.label() + (delivery.lastError() == null ? "" : " · " + delivery.lastError())))
			.toList();
		String firstPublishAt = LOCAL_INPUT
			.format(LocalDateTime.ofInstant(now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS), KoreanDates.SEOUL));
		return new PageModels.EditorPage(pages.chrome(staff, csrf, "articles"), article.id(),
				NewsroomPages.stateOf(article, now), notice, conflict, notes(staff, article, allowed),
				new PageModels.EditorPage.Fields(form, errors, Permissions.canEdit(staff, article),
						pages.sectionOptions(section), staff.isDesk(), pages.reporterOptions(reporter),
						pages.coReporterOptions(new HashSet<>(form.coReporterIds()),
								reporter == null ? article.reporterId() : reporter),
						ArticleFields.HEADLINE_PORTAL, seriesOptions(form, article)),
				new PageModels.EditorPage.Actions(actions,
						article.status() == ArticleStatus.DRAFT && ArticleWorkflow.mayDiscard(staff.role(), staff.id(), article),
						firstPublishAt),
				new PageModels.EditorPage.Corrections(staff.isDesk() && article.status() == ArticleStatus.PUBLISHED,
						corrections, ""),
				new PageModels.EditorPage.Portal(deliveries,
						staff.isDesk() && portals.enabled() && !article.demo() && article.id() != 0),
				new PageModels.EditorPage.Log(history, article.visibleAt(now) ? article.url() : null),
				new PageModels.EditorPage.Script(assets.importMap(), assets.stylesheet(), autosaveSeconds, localCopy),
				articleEnd(staff, article, now));
	}

	/** The series an article is in now; null for none and for an article not stored yet. */
	Integer storedSeries(ArticleDetail article) {
		return article == null || article.id() == 0 ? null : article.seriesId();
	}

	/**
	 * The problem with the 연재 chosen in the form, or null: it must be a series that exists and is active, or the
	 * one the article is already in ({@link SeriesCatalog#mayJoin}). Nothing sent is no choice and no problem.
	 */
	String seriesProblem(ArticleForm form, Integer current) {
		if (form.series() == null || form.series().isBlank()) {
			return null;
		}
		Long id = ArticleForm.number(form.series());
		Series wanted = id == null || id < 1 || id > Integer.MAX_VALUE ? null : seriesCatalog.byId(id.intValue()).orElse(null);
		if (wanted == null) {
			return "그런 연재가 없습니다. 목록에서 고르십시오.";
		}
		return SeriesCatalog.mayJoin(wanted, current) ? null : "끝난 연재에는 기사를 넣을 수 없습니다.";
	}

	/**
	 * Stores the 연재 chosen in the form (after {@link #seriesProblem} found none); a form that did not send the
	 * field leaves the article's series as it is.
	 */
	void placeInSeries(long articleId, ArticleForm form) {
		if (form.series() == null) {
			return;
		}
		Long id = ArticleForm.number(form.series());
		episodes.place(articleId, id == null ? null : id.intValue());
	}

	// The choice shown: the form's when it sent one, else the stored one.
	private List<PageModels.Option> seriesOptions(ArticleForm form, ArticleDetail article) {
		Integer stored = storedSeries(article);
		String chosen = form.series() != null ? form.series().strip() : stored == null ? "" : String.valueOf(stored);
		List<PageModels.Option> options = new ArrayList<>();
		options.add(new PageModels.Option("", "없음", chosen.isEmpty()));
		for (Series series : seriesCatalog.all()) {
			if (series.active() || stored != null && stored == series.id()) {
				String value = String.valueOf(series.id());
				options.add(new PageModels.Option(value, series.active() ? series.name() : series.name() + " (끝남)",
						value.equals(chosen)));
			}
		}
		return options;
	}

	/** The 관련기사·속보 panel of a stored article; a new one has nothing to pin to yet. */
	private PageModels.ArticleEndPanel articleEnd(Staff staff, ArticleDetail article, Instant now) {
		if (article.id() == 0) {
			return PageModels.ArticleEndPanel.NONE;
		}
		boolean canMark = ArticleWorkflow.mayMarkBreaking(staff.role());
		Instant until = canMark ? breaking.until(article.id()).orElse(null) : null;
		return new PageModels.ArticleEndPanel(true, ArticleWorkflow.mayPinRelated(staff.role(), staff.id(), article),
				pins(articles.pinnedRelated(article.id())), Articles.MOST_PINNED, canMark, article.visibleAt(now),
				until == null ? null : KoreanDates.stamp(until),
				LOCAL_INPUT.format(LocalDateTime.ofInstant(
						(until != null ? until : now.plus(1, ChronoUnit.HOURS)).truncatedTo(ChronoUnit.MINUTES),
						KoreanDates.SEOUL)));
	}

	/** Pins as the panel lists them: headline, section and date. */
	List<PageModels.Pin> pins(List<ArticleSummary> summaries) {
		return summaries.stream()
			.map(summary -> new PageModels.Pin(summary.id(), summary.headline(),
					pages.sectionName(summary.sectionId()) + " · "
							+ (summary.publishedAt() == null ? "출고 전" : KoreanDates.stamp(summary.publishedAt()))))
			.toList();
	}

	private PageModels.Notes notes(Staff staff, ArticleDetail article, Set<ArticleAction> allowed) {
		List<ArticleNote> notes = article.id() == 0 ? List.of() : articles.notes(article.id());
		Map<Long, String> names = pages.namesOf(notes.stream().map(ArticleNote::authorId).toList());
		List<PageModels.NoteLine> lines = notes.stream()
			.map(note -> new PageModels.NoteLine(KoreanDates.stamp(note.at()), names.getOrDefault(note.authorId(), "-"),
					!article.writtenBy(note.authorId()), note.body()))
			.toList();
		return new PageModels.Notes(lines, "", article.id() != 0 && ArticleWorkflow.mayNote(staff.role(), staff.id(), article),
				allowed.contains(ArticleAction.RETURN), article.returned() && article.status() == ArticleStatus.DRAFT);
	}

	/**
	 * What the live box and the 409 page both say: who saved over the version this editor started from (the
	 * writer themself, from another window or device, is named as such), and what that save changed against
	 * the text the editor started from.
	 */
	PageModels.Conflict conflict(Staff staff, Integer base, ArticleForm form, ArticleDetail current) {
		ArticleRevision started = base == null ? null : articles.revision(current.id(), base).orElse(null);
		List<PageModels.DiffBlock> changes = started == null
				? changes(form.headline(), form.subheadline(), form.bodyHtml(), form.tagList(), current)
				: changes(started.headline(), started.subheadline(), started.bodyHtml(), started.tags(), current);
		List<RevisionStamp> stamps = articles.revisions(current.id());
		RevisionStamp latest = stamps.isEmpty() ? null : stamps.get(0);
		String at = KoreanDates.stamp(latest == null ? current.updatedAt() : latest.savedAt());
		String keep = " 쓰신 내용은 편집기에 그대로 있습니다. 바뀐 내용을 확인한 뒤, 내 글로 덮어쓰려면 '"
				+ PageModels.Conflict.OVERWRITE + "'을 누르십시오. 덮어써도 앞의 글은 저장 버전에 남습니다.";
		boolean mine = latest != null && latest.savedBy() != null && latest.savedBy() == staff.id();
		if (mine) {
			return new PageModels.Conflict(current.version(), "다른 창에서 먼저 저장했습니다",
					at + "에 이 기사를 다른 창이나 기기에서 저장했습니다(버전 " + current.version() + ")." + keep, changes);
		}
		String who = latest == null || latest.savedBy() == null ? at + "에 API나 자동 처리로 이 기사가 저장되었습니다"
				: pages.nameOf(latest.savedBy()) + " 님이 " + at + "에 이 기사를 저장했습니다";
		return new PageModels.Conflict(current.version(), "다른 사람이 먼저 저장했습니다",
				who + "(버전 " + current.version() + ")." + keep, changes);
	}

	/** What changed from one text of an article to its current one, field by field. */
	static List<PageModels.DiffBlock> changes(String headline, String subheadline, String bodyHtml, List<String> tags,
			ArticleDetail current) {
		return List.of(new PageModels.DiffBlock("제목", TextDiff.between(headline, current.headline())),
				new PageModels.DiffBlock("부제", TextDiff.between(subheadline, current.subheadline())),
				new PageModels.DiffBlock("본문", TextDiff.between(TextDiff.plainText(bodyHtml),
						TextDiff.plainText(current.bodyHtml()))),
				new PageModels.DiffBlock("태그", TextDiff.between(String.join(", ", tags), String.join(", ", current.tags()))));
	}

}
