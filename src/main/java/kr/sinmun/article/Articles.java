package kr.sinmun.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.sinmun.platform.HtmlAllowList;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article module's API. Writes sanitize the body and derive the teaser and lead image once, at save
 * time, so no reader request has to; reads for readers only ever return visible articles.
 */
@Service
public class Articles {

	private final ArticleRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ArticleEndRepository ends;

	private final BreakingNews breaking;

	private final EpisodeRepository episodes;

	Articles(ArticleRepository repository, ApplicationEventPublisher events, Clock clock, ArticleEndRepository ends,
			BreakingNews breaking, EpisodeRepository episodes) {
		this.episodes = episodes;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.ends = ends;
		this.breaking = breaking;
	}

	/** How many 관련기사 the desk may pin to one article; the page shows as many in all. */
	public static final int MOST_PINNED = 5;

	/**
	 * The lists at the end of an article's page, in one query: its pinned 관련기사, those of {@code found} (the
	 * search module's similar articles, best first) a reader may see, and up to {@code limit} of its reporter's and
	 * its section's other latest articles.
	 */
	public ArticleEnd articleEnd(ArticleDetail article, List<Long> found, int limit) {
		return ends.articleEnd(clock.instant(), article.id(), article.sectionId(), article.reporterId(), found, limit);
	}

	/** Articles by id whatever their state, in the order given; unknown ids are left out. */
	public List<ArticleSummary> summaries(Collection<Long> ids) {
		Map<Long, ArticleSummary> found = repository.summariesByIds(ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The 관련기사 pinned to an article, in order, whatever their state now (the editor lists them). */
	public List<ArticleSummary> pinnedRelated(long id) {
		List<Long> ids = ends.pins(id);
		Map<Long, ArticleSummary> found = repository.summariesByIds(ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * Pins {@code related} to an article as its 관련기사, in that order, replacing what was pinned (an empty list
	 * unpins all). Each must be another article of this paper that readers may see. Whether {@code actorId} may
	 * is {@link ArticleWorkflow#mayPinRelated}, which the caller asks first.
	 * @throws InvalidArticleException naming the first id that cannot be pinned and why ({@code related})
	 */
	@Transactional
	public void pinRelated(long id, List<Long> related, long actorId) {
		ArticleDetail article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		List<Long> distinct = related.stream().distinct().toList();
		if (distinct.size() > MOST_PINNED) {
			throw new InvalidArticleException(Map.of("related", "관련기사는 " + MOST_PINNED + "건까지 걸 수 있습니다."));
		}
		Map<Long, ArticleSummary> known = repository.summariesByIds(distinct)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		Map<Long, ArticleSummary> visible = repository.visibleByIds(clock.instant(), distinct)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		for (Long other : distinct) {
			String problem = null;
			if (other == article.id()) {
				problem = "이 기사 자신은 관련기사로 걸 수 없습니다.";
			}
			else if (!known.containsKey(other)) {
				problem = other + "번 기사는 이 신문에 없습니다. 다른 신문의 기사는 관련기사로 걸 수 없습니다.";
			}
			else if (!visible.containsKey(other)) {
				problem = "‘" + known.get(other).headline() + "’ 기사는 독자에게 보이지 않는 기사(출고 전·예약·출고 취소)라 관련기사로 걸 수 없습니다.";
			}
			if (problem != null) {
				throw new InvalidArticleException(Map.of("related", problem));
			}
		}
		ends.replacePins(id, distinct);
		events.publishEvent(new RelatedPinsChanged(id));
	}

	@Transactional
	public ArticleDetail create(ArticleDraft draft) {
		return create(draft, null);
	}

	/** Stores a new article, keeping its first revision and logging its first state, by {@code actorId}. */
	@Transactional
	public ArticleDetail create(ArticleDraft draft, Long actorId) {
		return create(draft, actorId, false);
	}

	/**
	 * Stores an article of the demo paper. It is marked as demo before anyone hears of it, so that it never
	 * leaves the installation: portals, the CDN, feeds and sitemaps leave demo articles out.
	 */
	@Transactional
	public ArticleDetail createDemo(ArticleDraft draft) {
		return create(draft, null, true, null);
	}

	/**
	 * Stores an article of the demo paper as an episode of the series {@code seriesId} (연재). It is in the series
	 * before it is announced, so no {@link ArticleSeriesChanged} names it either.
	 */
	@Transactional
	public ArticleDetail createDemo(ArticleDraft draft, int seriesId) {
		return create(draft, null, true, seriesId);
	}

	private ArticleDetail create(ArticleDraft draft, Long actorId, boolean demo) {
		return create(draft, actorId, demo, null);
	}

	private ArticleDetail create(ArticleDraft draft, Long actorId, boolean demo, Integer seriesId) {
		long id = repository.insert(prepare(draft));
		if (demo) {
			repository.markDemo(id);
		}
		if (seriesId != null) {
			episodes.setSeries(id, seriesId);
		}
		repository.replaceTags(id, normalizedTags(draft));
		Instant now = clock.instant();
		repository.keepRevision(id, actorId, now);
		repository.logTransition(id, null, draft.status(), draft.publishedAt(), false, actorId, now);
		ArticleDetail created = repository.find(id).orElseThrow();
		if (created.status() == ArticleStatus.PUBLISHED) {
			events.publishEvent(new ArticlePublished(id, created.sectionId()));
		}
		return created;
	}

	@Transactional
	public ArticleDetail update(long id, ArticleDraft draft) {
		return update(id, draft, null);
	}

	/** Replaces an article whole, text and state, as automation does; the change is kept as a revision. */
	@Transactional
	public ArticleDetail update(long id, ArticleDraft draft, Long actorId) {
		ArticleDetail before = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		ArticleDraft effective = draft;
		// CASE: editing a published article without naming a time keeps its original publication time;
		// readers and portals must not see an old story jump to the top because of a typo fix.
		if (draft.status() == ArticleStatus.PUBLISHED && draft.publishedAt() == null && before.publishedAt() != null
				&& before.status() == ArticleStatus.PUBLISHED) {
			effective = new ArticleDraft(draft.sectionId(), draft.reporterId(), draft.headline(), draft.subheadline(),
					draft.bodyHtml(), draft.tags(), draft.status(), before.publishedAt(), draft.wireSource());
		}
		repository.update(id, prepare(effective, draft.publishedAt()));
		repository.replaceTags(id, normalizedTags(effective));
		Instant now = clock.instant();
		repository.keepRevision(id, actorId, now);
		if (effective.status() == ArticleStatus.SUBMITTED && before.returned()) {
			repository.markReturned(id, false);
		}
		if (before.status() != effective.status()) {
			repository.logTransition(id, before.status(), effective.status(), effective.publishedAt(), false, actorId,
					now);
		}
		ArticleDetail after = repository.find(id).orElseThrow();
		announce(before, after);
		return after;
	}

	/**
	 * Stores a new draft from the editor's first save (저장, or the first autosave), so opening the editor
	 * creates nothing. {@code editorCopy} names the editor window, as for {@link #revise}: a second first save
	 * from the same window saves into the draft the first one created.
	 */
	@Transactional
	public ArticleDetail start(ArticleText text, long actorId, String editorCopy) {
		// CASE: the window's first save did arrive, but its answer did not (a dropped connection, a closed tab):
		// this is that draft's next save, not a new article.
		if (editorCopy != null) {
			Optional<ArticleDetail> started = repository.startedFrom(actorId, editorCopy).flatMap(repository::find);
			if (started.isPresent()) {
				return revise(started.get().id(), text, started.get().version(), actorId, editorCopy);
			}
		}
		ArticleDraft draft = new ArticleDraft(text.sectionId(), text.reporterId(), text.headline(), text.subheadline(),
				text.bodyHtml(), text.tags(), ArticleStatus.DRAFT, null, text.wireSource());
		long id = repository.insert(prepare(draft));
		repository.replaceTags(id, normalizedTags(draft));
		repository.replaceBylines(id, text.coReporters());
		Instant now = clock.instant();
		repository.keepRevision(id, actorId, now, editorCopy);
		repository.logTransition(id, null, ArticleStatus.DRAFT, null, false, actorId, now);
		return repository.find(id).orElseThrow();
	}

	/**
	 * The article as a save of {@code text} would store it, without storing anything: the body cleaned by the same
	 * allow-list, the teaser, lead image and tags derived the same way. For the newsroom's 미리보기, which shows it
	 * through the reader site's own template ({@link ReaderPreview}). An article never published gets the current
	 * time as its publication time, as if it were published now.
	 * @param current the stored article, or {@code null} for one not saved yet
	 * @throws InvalidArticleException when a save of this text would be refused
	 */
	public ArticleDetail preview(ArticleDetail current, ArticleText text) {
		ArticleDraft draft = new ArticleDraft(text.sectionId(), text.reporterId(), text.headline(), text.subheadline(),
				text.bodyHtml(), text.tags(), current == null ? ArticleStatus.DRAFT : current.status(),
				current == null ? null : current.publishedAt(), text.wireSource());
		ArticleRepository.Stored stored = prepare(draft, null);
		Instant now = clock.instant();
		return new ArticleDetail(current == null ? 0 : current.id(), stored.sectionId(), stored.reporterId(),
				stored.headline(), stored.subheadline(), stored.bodyHtml(), stored.teaser(), stored.imageUrl(),
				stored.imageWidth(), stored.imageHeight(), normalizedTags(draft), draft.status(),
				stored.publishedAt() != null ? stored.publishedAt() : now, current == null ? now : current.createdAt(), now,
				current == null ? 0 : current.version(), current != null && current.embargo(),
				current == null ? List.of() : current.corrections(), text.coReporters(), stored.wireSource(),
				current != null && current.demo(), current != null && current.returned());
	}

	/** The section a reporter has written in most (the latest wins a tie): where their next article likely goes. */
	public Optional<Integer> mostUsedSection(long reporterId) {
		return repository.mostUsedSection(reporterId);
	}

	/** How long a deleted draft is kept for an administrator to restore. */
	public static final Duration DISCARDED_KEPT = Duration.ofDays(30);

	/**
	 * Deletes a draft the soft way: it disappears from every list, page and search of the newsroom and the API,
	 * and an administrator can restore it for {@link #DISCARDED_KEPT}. Who may is {@link ArticleWorkflow#mayDiscard},
	 * which the caller asks first.
	 * @throws ArticleStateException when the article is not a draft: what was sent or published is not deleted so
	 */
	@Transactional
	public void discard(long id, long actorId) {
		ArticleDetail article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (article.status() != ArticleStatus.DRAFT || !repository.discard(id, actorId, clock.instant())) {
			throw new ArticleStateException(switch (article.status()) {
				case SUBMITTED -> "송고한 기사는 지울 수 없습니다. 지우려면 먼저 송고를 취소하십시오.";
				case PUBLISHED -> "출고한 기사는 지울 수 없습니다. 독자 화면에서 내리려면 데스크가 출고를 취소합니다.";
				default -> "작성중인 기사만 지울 수 있습니다. 이 기사는 지금 '" + article.status().label() + "' 상태입니다.";
			});
		}
	}

	/**
	 * Brings back a deleted draft, as it was.
	 * @throws ArticleStateException when it was not deleted, or was deleted longer than {@link #DISCARDED_KEPT} ago
	 */
	@Transactional
	public void restore(long id) {
		if (!repository.restore(id, clock.instant().minus(DISCARDED_KEPT))) {
			throw new ArticleStateException("되살릴 수 있는 초안이 아닙니다. 지운 지 30일이 지났거나, 지운 적이 없는 기사입니다.");
		}
	}

	/** Drafts deleted in the last {@link #DISCARDED_KEPT}, the latest first: what can still be restored. */
	public List<DiscardedDraft> discarded(int limit) {
		return repository.discarded(clock.instant().minus(DISCARDED_KEPT), limit);
	}

	/**
	 * Saves new text over {@code expectedVersion}, leaving the workflow state alone. Saving text that equals the
	 * stored text changes nothing, so an idle editor's autosave does not pile up revisions.
	 * @throws ArticleConflictException when someone else saved after {@code expectedVersion}
	 */
	@Transactional
	public ArticleDetail revise(long id, ArticleText text, int expectedVersion, long actorId) {
		return revise(id, text, expectedVersion, actorId, null);
	}

	/**
	 * Saves new text from the newsroom's editor. Optimistic locking on the version, with two cases that are not
	 * conflicts because no one's text would be lost: text that equals the stored text once both went through
	 * the same HTML cleaner (nothing to save, whoever saved last), and versions after {@code expectedVersion}
	 * that were all saved by {@code actorId} from the same editor window {@code editorCopy} (that window's own
	 * saves whose answers never reached it). A save from another window of the same writer is a conflict like
	 * anyone else's: the other window's text would otherwise be overwritten unseen.
	 * @param editorCopy the editor window's id, or {@code null} when the text does not come from one
	 * @throws ArticleConflictException when someone else, or another window, saved after {@code expectedVersion}
	 */
	@Transactional
	public ArticleDetail revise(long id, ArticleText text, int expectedVersion, long actorId, String editorCopy) {
		ArticleDetail before = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		ArticleDraft draft = new ArticleDraft(text.sectionId(), text.reporterId(), text.headline(), text.subheadline(),
				text.bodyHtml(), text.tags(), before.status(), before.publishedAt(), text.wireSource());
		ArticleRepository.Stored stored = prepare(draft, null);
		List<String> tags = normalizedTags(draft);
		if (sameText(before, stored, tags) && before.coReporterIds().equals(text.coReporters())) {
			return before;
		}
		int base = expectedVersion;
		if (before.version() != expectedVersion) {
			boolean ownWindow = editorCopy != null && expectedVersion < before.version()
					&& repository.savedOnlyFrom(id, expectedVersion, before.version(), actorId, editorCopy);
			if (!ownWindow) {
				throw new ArticleConflictException(before);
			}
			base = before.version();
		}
		if (!repository.updateText(id, stored, base)) {
			throw new ArticleConflictException(repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id)));
		}
		repository.replaceTags(id, tags);
		repository.replaceBylines(id, text.coReporters());
		repository.keepRevision(id, actorId, clock.instant(), editorCopy);
		ArticleDetail after = repository.find(id).orElseThrow();
		announce(before, after);
		return after;
	}

	/**
	 * Moves an article to another state and logs who did it. Publishing takes a time: {@code null} keeps the
	 * time of an article that has already appeared (a republished story keeps its place) and means "now"
	 * otherwise; a time to come makes it 예약, or 엠바고 with {@code embargo}.
	 */
	@Transactional
	public ArticleDetail move(long id, ArticleStatus to, Instant publishAt, boolean embargo, long actorId) {
		ArticleDetail before = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		Instant now = clock.instant();
		Instant publishedAt = before.publishedAt();
		boolean embargoed = false;
		if (to == ArticleStatus.PUBLISHED) {
			String problem = ArticleFields.publicationProblem(publishAt);
			if (problem != null) {
				throw new InvalidArticleException(Map.of("publishedAt", problem));
			}
			if (publishAt != null) {
				publishedAt = publishAt;
			}
			else if (publishedAt == null || publishedAt.isAfter(now)) {
				publishedAt = now;
			}
			embargoed = embargo && publishedAt.isAfter(now);
		}
		repository.updateState(id, to, publishedAt, embargoed, now);
		if (to != ArticleStatus.PUBLISHED) {
			breaking.left(id);
		}
		// CASE: sent again after a 반려: the mark has done its job.
		if (to == ArticleStatus.SUBMITTED && before.returned()) {
			repository.markReturned(id, false);
		}
		repository.logTransition(id, before.status(), to, to == ArticleStatus.PUBLISHED ? publishedAt : null, embargoed,
				actorId, now);
		ArticleDetail after = repository.find(id).orElseThrow();
		announce(before, after);
		return after;
	}

	/**
	 * 반려: sends the article back to its reporter as a draft with {@code note} saying why, and marks it as
	 * returned until it is sent (송고) again. Whether {@code actorId} may is {@link ArticleWorkflow}'s rule,
	 * which the caller asks first.
	 * @throws InvalidArticleException when the note is missing or cannot be kept ({@code note})
	 */
	@Transactional
	public ArticleDetail sendBack(long id, String note, long actorId) {
		String problem = ArticleFields.returnNoteProblem(note);
		if (problem != null) {
			throw new InvalidArticleException(Map.of("note", problem));
		}
		move(id, ArticleStatus.DRAFT, null, false, actorId);
		repository.markReturned(id, true);
		repository.addNote(id, actorId, note.strip(), clock.instant());
		return repository.find(id).orElseThrow();
	}

	/**
	 * Adds a note to the article's thread between the desk and its reporters. Whether {@code actorId} may is
	 * {@link ArticleWorkflow#mayNote}, which the caller asks first.
	 * @throws InvalidArticleException when the note is empty, too long or holds forbidden characters ({@code note})
	 */
	@Transactional
	public ArticleNote addNote(long id, String body, long actorId) {
		String problem = ArticleFields.noteProblem(body);
		if (problem != null) {
			throw new InvalidArticleException(Map.of("note", problem));
		}
		repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		Instant now = clock.instant();
		long noteId = repository.addNote(id, actorId, body.strip(), now);
		return new ArticleNote(noteId, actorId, body.strip(), now);
	}

	/** The article's notes, oldest first. */
	public List<ArticleNote> notes(long id) {
		return repository.notes(id);
	}

	/** Remembers that {@code userId} has seen every note of the article so far (they opened it). */
	@Transactional
	public void markNotesRead(long id, long userId) {
		repository.markNotesRead(id, userId);
	}

	/**
	 * The articles {@code userId} wrote (alone or with others) that wait for them: sent back and not sent again,
	 * or with a note from someone else they have not read. Newest change first, at most {@code limit}.
	 */
	public ArticlePage<ArticleListing> needingAttention(long userId, int limit) {
		return new ArticlePage<>(repository.needingAttention(userId, limit), repository.countNeedingAttention(userId), 1,
				limit);
	}

	/**
	 * Attaches a 정정·반론·추후보도 notice to a published article. Readers see it at the top of the article at
	 * once; the notice is kept as written and never edited.
	 */
	@Transactional
	public ArticleDetail correct(long id, Correction.Kind kind, String body, long actorId) {
		String problem = ArticleFields.correctionProblem(body);
		if (problem != null) {
			throw new InvalidArticleException(Map.of("correctionBody", problem));
		}
		ArticleDetail article = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		repository.addCorrection(id, new Correction(kind, body.strip(), clock.instant()), actorId);
		ArticleDetail after = repository.find(id).orElseThrow();
		announce(article, after);
		return after;
	}

	/** Every saved version of an article, newest first. */
	public List<RevisionStamp> revisions(long id) {
		return repository.revisions(id);
	}

	public Optional<ArticleRevision> revision(long id, int version) {
		return repository.revision(id, version);
	}

	/** The article's workflow log, oldest first. */
	public List<ArticleTransition> transitions(long id) {
		return repository.transitions(id);
	}

	/**
	 * One page (1-based) of the articles {@code viewer} may see, in any state, for the newsroom, newest first.
	 */
	public ArticlePage<ArticleListing> listing(ArticleFilter filter, ArticleViewer viewer, int page, int size) {
		Instant now = clock.instant();
		return new ArticlePage<>(repository.listing(filter, viewer, now, size, (page - 1) * size),
				repository.countListing(filter, viewer, now), page, size);
	}

	/** Whether {@code viewer} may read this article: their own work, anything readers see, or all for the desk. */
	public boolean maySee(ArticleViewer viewer, ArticleDetail article) {
		return viewer.seesEverything() || viewer.wrote(article) || article.visibleAt(clock.instant());
	}

	// Readers' copies (caches, the search index) follow what changed: the new state if it is published, and
	// the old place if the article left it.
	private void announce(ArticleDetail before, ArticleDetail after) {
		if (after.status() == ArticleStatus.PUBLISHED) {
			events.publishEvent(new ArticlePublished(after.id(), after.sectionId()));
		}
		if (before.status() == ArticleStatus.PUBLISHED
				&& (after.status() != ArticleStatus.PUBLISHED || after.sectionId() != before.sectionId())) {
			events.publishEvent(new ArticleUnpublished(before.id(), before.sectionId()));
		}
	}

	private static boolean sameText(ArticleDetail before, ArticleRepository.Stored stored, List<String> tags) {
		return before.sectionId() == stored.sectionId() && before.reporterId() == stored.reporterId()
				&& before.headline().equals(stored.headline())
				&& java.util.Objects.equals(before.subheadline(), stored.subheadline())
				&& before.bodyHtml().equals(stored.bodyHtml()) && before.tags().equals(tags)
				&& java.util.Objects.equals(before.wireSource(), stored.wireSource());
	}

	@Transactional
	public void delete(long id) {
		ArticleDetail before = repository.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		breaking.left(id);
		repository.delete(id);
		if (before.status() == ArticleStatus.PUBLISHED) {
			events.publishEvent(new ArticleUnpublished(id, before.sectionId()));
		}
	}

	/** Any article, whatever its state: for the newsroom and the API. */
	public Optional<ArticleDetail> find(long id) {
		return repository.find(id);
	}

	/** The article if a reader may see it now. */
	public Optional<ArticleDetail> findVisible(long id) {
		Instant now = clock.instant();
		return repository.find(id)
			.filter(article -> article.status() == ArticleStatus.PUBLISHED && article.publishedAt() != null
					&& !article.publishedAt().isAfter(now));
	}

	/** Those of {@code ids} a reader may see now, whole, in one query; in no particular order. */
	public List<ArticleDetail> findVisible(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : repository.visibleDetails(clock.instant(), ids);
	}

	/** The newest visible articles. */
	public List<ArticleSummary> latest(int limit) {
		return repository.latest(clock.instant(), limit, 0);
	}

	/** One page (1-based) of a section's visible articles, newest first. */
	public ArticlePage<ArticleSummary> inSection(int sectionId, int page, int size) {
		return inSections(List.of(sectionId), page, size);
	}

	/**
	 * One page (1-based) of the visible articles of several sections together (a section and its sub-sections),
	 * newest first; one query for the count and one for the page, however many sections.
	 */
	public ArticlePage<ArticleSummary> inSections(Collection<Integer> sectionIds, int page, int size) {
		if (sectionIds.isEmpty()) {
			return new ArticlePage<>(List.of(), 0, page, size);
		}
		Instant now = clock.instant();
		long total = repository.countInSections(now, sectionIds);
		// CASE: a page past the end (a reader's typo, a crawler's guess) needs no second query.
		List<ArticleSummary> items = (page - 1L) * size >= total ? List.of()
				: repository.latestInSections(now, sectionIds, size, (page - 1) * size);
		return new ArticlePage<>(items, total, page, size);
	}

	/** One page (1-based) of a reporter's visible articles, newest first. */
	public ArticlePage<ArticleSummary> byReporter(long reporterId, int page, int size) {
		Instant now = clock.instant();
		long total = repository.countByReporter(now, reporterId);
		List<ArticleSummary> items = (page - 1L) * size >= total ? List.of()
				: repository.byReporter(now, reporterId, size, (page - 1) * size);
		return new ArticlePage<>(items, total, page, size);
	}

	/** The newest visible articles of one section, without counting them all. */
	public List<ArticleSummary> latestInSection(int sectionId, int limit) {
		return repository.latestInSections(clock.instant(), List.of(sectionId), limit, 0);
	}

	/** The newest visible articles of every section, keyed by section id, in one query. */
	public Map<Integer, List<ArticleSummary>> latestPerSection(int perSection) {
		return repository.latestPerSection(clock.instant(), perSection);
	}

	/**
	 * The newest visible articles whose body embeds a video, with the first video's provider: for the home page's
	 * 영상 box. Whether a body has a video is stored when it is saved, so this reads no body.
	 */
	public List<ArticleVideo> latestWithVideo(int limit) {
		return repository.latestWithVideo(clock.instant(), limit);
	}

	/** Visible articles by id, in the order the ids were given; invisible or unknown ids are left out. */
	public List<ArticleSummary> visible(Collection<Long> ids) {
		List<Long> order = List.copyOf(ids);
		Map<Long, ArticleSummary> found = repository.visibleByIds(clock.instant(), ids)
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		return order.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Every article {@code viewer} may see, in any state, newest first, for automation. */
	public ArticlePage<ArticleDetail> all(Integer sectionId, ArticleViewer viewer, int page, int size) {
		Instant now = clock.instant();
		return new ArticlePage<>(repository.listAll(sectionId, viewer, now, size, (page - 1) * size),
				repository.countAll(sectionId, viewer, now), page, size);
	}

	/** The id and version of every visible article, in id order. */
	public List<ArticleVersion> visibleVersions() {
		return repository.visibleVersions(clock.instant());
	}

	/** Visible articles in id order after {@code afterId}, a batch at a time, for rebuilding copies. */
	public List<ArticleDetail> visibleAfter(long afterId, int limit) {
		return repository.visibleDetailsAfter(clock.instant(), afterId, limit);
	}

	/**
	 * The newest visible articles, whole (bodies included), of one section or all: for feeds, which portals and
	 * search engines read, so demo articles are left out.
	 */
	public List<ArticleDetail> latestWhole(Integer sectionId, int limit) {
		return repository.latestDetails(clock.instant(), sectionId == null ? null : List.of(sectionId), limit);
	}

	/** As {@link #latestWhole(Integer, int)}, for several sections together (a section and its sub-sections). */
	public List<ArticleDetail> latestWholeIn(Collection<Integer> sectionIds, int limit) {
		return sectionIds.isEmpty() ? List.of() : repository.latestDetails(clock.instant(), sectionIds, limit);
	}

	/** Months with visible articles other than demo ones, newest first: for sitemaps. */
	public List<ArticleMonth> months() {
		return repository.months(clock.instant());
	}

	/** Visible articles other than demo ones published in a month (KST), at most {@code limit}: for sitemaps. */
	public List<ArticleStamp> publishedIn(java.time.YearMonth month, int limit) {
		return repository.inMonth(clock.instant(), month, limit);
	}

	/** Visible articles other than demo ones published in the last {@code period}, newest first: for sitemaps. */
	public List<ArticleStamp> publishedWithin(java.time.Duration period, int limit) {
		Instant now = clock.instant();
		return repository.publishedSince(now, now.minus(period), limit);
	}

	public long count() {
		return repository.countAll();
	}

	private ArticleRepository.Stored prepare(ArticleDraft draft) {
		return prepare(draft, draft.publishedAt());
	}

	// CASE: a text save keeps the stored publication time as it is; only a time someone names is checked, so a
	// row from before the rule can still have its words corrected.
	private ArticleRepository.Stored prepare(ArticleDraft draft, Instant namedTime) {
		Map<String, String> problems = ArticleFields.problems(draft.headline(), draft.subheadline(), draft.bodyHtml(),
				draft.tags(), draft.wireSource(), namedTime);
		if (!problems.isEmpty()) {
			throw new InvalidArticleException(problems);
		}
		Instant now = clock.instant();
		String body = HtmlAllowList.sanitize(draft.bodyHtml());
		Instant publishedAt = draft.status() == ArticleStatus.PUBLISHED
				? (draft.publishedAt() != null ? draft.publishedAt() : now) : draft.publishedAt();
		Integer[] size = Teasers.leadImageSize(body);
		return new ArticleRepository.Stored(draft.sectionId(), draft.reporterId(),
				draft.headline() == null ? "" : draft.headline().strip(),
				blankToNull(draft.subheadline()), body, Teasers.teaser(body), Teasers.leadImage(body), size[0], size[1],
				Teasers.videoProvider(body), draft.status(), publishedAt, draft.wireSource(), now);
	}

	private static List<String> normalizedTags(ArticleDraft draft) {
		return draft.tags().stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().limit(20).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
