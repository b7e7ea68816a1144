package kr.sinmun.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import kr.sinmun.article.ArticleAction;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNote;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleStateException;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.article.SeriesEpisodes;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.HtmlAllowList;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles for automation and wire imports. Writes go through the article module, which sanitizes bodies. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

	static final int PAGE_SIZE = 20;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final SiteSettings publisher;

	private final AuditLog audit;

	private final Clock clock;

	private final SeriesCatalog seriesCatalog;

	private final SeriesEpisodes episodes;

	ArticleApiController(Articles articles, Sections sections, People people, SiteSettings publisher, AuditLog audit,
			Clock clock, SeriesCatalog seriesCatalog, SeriesEpisodes episodes) {
		this.seriesCatalog = seriesCatalog;
		this.episodes = episodes;
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDraft draft = draft(request, owner);
		requireMayWrite(owner, draft, null);
		Series series = series(request.series(), null);
		ArticleDetail created = placed(articles.create(draft, owner.userId()), request.series(), series);
		return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(response(created));
	}

	@GetMapping("/{id}")
	ArticleResponse get(@PathVariable long id, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (!articles.maySee(owner.viewer(), article)) {
			throw new AccessDeniedException("다른 기자의 출고 전 기사는 볼 수 없습니다.");
		}
		return response(article);
	}

	@PutMapping("/{id}")
	ArticleResponse update(@PathVariable long id, @Valid @RequestBody ArticleRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail before = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		ArticleDraft draft = draft(request, owner);
		requireMayWrite(owner, draft, before);
		Series series = series(request.series(), before.seriesId());
		return response(placed(articles.update(id, draft, owner.userId()), request.series(), series));
	}

	/**
	 * Deletes a draft as the newsroom's 초안 지우기 does (soft: an administrator can restore it for 30 days, then
	 * it is purged). The same rule: its reporter or the desk; anything sent or published answers 409 with what to
	 * do instead, which the article module says.
	 */
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail before = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (!articles.maySee(owner.viewer(), before)
				|| !ArticleWorkflow.mayDiscard(owner.role(), owner.userId(), before)) {
			throw new AccessDeniedException("다른 기자의 기사는 지울 수 없습니다.");
		}
		articles.discard(id, owner.userId());
		return ResponseEntity.noContent().build();
	}

	/** The article's notes, oldest first: for its reporters and the desk only. */
	@GetMapping("/{id}/notes")
	Notes notes(@PathVariable long id, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		requireMayNote(owner, article);
		List<ArticleNote> notes = articles.notes(id);
		Map<Long, Reporter> authors = people
			.reporters(notes.stream().map(ArticleNote::authorId).collect(Collectors.toSet()));
		return new Notes(notes.stream().map(note -> note(note, authors.get(note.authorId()))).toList());
	}

	/** One list of notes; a record so every node writes its fields in one order. */
	record Notes(List<NoteResponse> items) {
	}

	@PostMapping("/{id}/notes")
	ResponseEntity<NoteResponse> addNote(@PathVariable long id, @RequestBody NoteRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		requireMayNote(owner, article);
		String problem = ArticleFields.noteProblem(request.note());
		if (problem != null) {
			throw new ApiValidationException("note", problem);
		}
		ArticleNote note = articles.addNote(id, request.note(), owner.userId());
		return ResponseEntity.created(URI.create("/api/v1/articles/" + id + "/notes"))
			.body(note(note, people.reporter(owner.userId()).orElse(null)));
	}

	/** 반려: back to the reporter as a draft, with the note saying why (required). Desk and admin tokens only. */
	@PostMapping("/{id}/return")
	ArticleResponse sendBack(@PathVariable long id, @RequestBody NoteRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		ArticleDetail article = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (!articles.maySee(owner.viewer(), article)) {
			throw new AccessDeniedException("다른 기자의 출고 전 기사는 볼 수 없습니다.");
		}
		if (!ArticleWorkflow.isDesk(owner.role())) {
			throw new AccessDeniedException("반려는 데스크와 관리자 계정만 할 수 있습니다.");
		}
		if (!ArticleWorkflow.allows(owner.role(), owner.userId(), ArticleAction.RETURN, article, clock.instant())) {
			throw new ArticleStateException("지금 상태(" + article.status().name()
					+ ")에서는 반려할 수 없습니다. 송고(SUBMITTED)했거나 보류(HELD)한 기사만 반려할 수 있습니다.");
		}
		String problem = ArticleFields.returnNoteProblem(request.note());
		if (problem != null) {
			throw new ApiValidationException("note", problem);
		}
		ArticleDetail returned = articles.sendBack(id, request.note(), owner.userId());
		audit.record(Door.API, owner.userId(), "기사 반려", "기사 " + id + " " + article.headline(), request.note().strip());
		return response(returned);
	}

	// Notes are between the article's writers and the desk: another reporter's token gets 403, whatever it may read.
	private static void requireMayNote(ApiTokens.TokenOwner owner, ArticleDetail article) {
		if (!ArticleWorkflow.mayNote(owner.role(), owner.userId(), article)) {
			throw new AccessDeniedException("메모는 이 기사를 쓴 기자와 데스크만 보고 남길 수 있습니다.");
		}
	}

	private static NoteResponse note(ArticleNote note, Reporter author) {
		return new NoteResponse(note.id(), author == null ? null : author.name(), note.body(), kst(note.at()));
	}

	@GetMapping
	Listed list(@RequestParam(required = false) String section,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		Integer sectionId = section == null || section.isBlank() ? null : section(section).id();
		if (!page.matches("\\d{1,6}") || Integer.parseInt(page) < 1) {
			throw new ApiValidationException("page", "쪽 번호(page)는 1 이상의 정수여야 합니다.");
		}
		ArticlePage<ArticleDetail> result = articles.all(sectionId, owner.viewer(), Integer.parseInt(page), PAGE_SIZE);
		Map<Long, Reporter> reporters = people
			.reporters(result.items().stream().map(ArticleDetail::reporterId).collect(Collectors.toSet()));
		// One query for the whole page's series slugs, and only when one of its articles is in a series.
		Map<Integer, Series> named = result.items().stream().anyMatch(article -> article.seriesId() != null)
				? seriesCatalog.byIds() : Map.of();
		return new Listed(result.total(), result.page(), result.size(),
				result.items()
					.stream()
					.map(article -> response(article, reporters.get(article.reporterId()),
							article.seriesId() == null ? null : slugOf(named.get(article.seriesId()))))
					.toList());
	}

	/** One page of the article list; a record so every node writes its fields in one order. */
	record Listed(long total, int page, int size, List<ArticleResponse> items) {
	}

	private ArticleDraft draft(ArticleRequest request, ApiTokens.TokenOwner owner) {
		Section section = section(request.section());
		Reporter reporter = request.reporter() == null || request.reporter().isBlank()
				? people.reporter(owner.userId()).orElseThrow()
				: people.reporterNamed(request.reporter().strip())
					.orElseThrow(() -> new ApiValidationException("reporter",
							"등록되지 않은 기자입니다(reporter): " + request.reporter().strip()));
		ArticleStatus status = status(request.status());
		Instant publishedAt = request.publishedAt() == null ? null : request.publishedAt().toInstant();
		Map<String, String> problems = ArticleFields.problems(request.headline(), request.subheadline(),
				request.bodyHtml(), request.tags(), request.wireSource(), publishedAt);
		// CASE: a body made only of what the allow-list removes (<script>…</script>) would be stored empty.
		if (!problems.containsKey("bodyHtml") && request.bodyHtml() != null
				&& HtmlAllowList.sanitize(request.bodyHtml()).isBlank()) {
			problems = new LinkedHashMap<>(problems);
			problems.put("bodyHtml", "본문(bodyHtml)에 남는 내용이 없습니다. 허용되지 않는 태그만 있는지 확인해 주십시오.");
		}
		if (!problems.isEmpty()) {
			throw new ApiValidationException(problems);
		}
		return new ArticleDraft(section.id(), reporter.id(), request.headline(), request.subheadline(),
				request.bodyHtml(), request.tags(), status, publishedAt, request.wireSource());
	}

	// The newsroom's rules hold for automation too (the article module's ArticleWorkflow): a 기자's token writes
	// drafts and hands them to the desk; only 데스크 and 관리자 tokens publish, and a 기자 changes only their own
	// unsent work.
	private static void requireMayWrite(ApiTokens.TokenOwner owner, ArticleDraft draft, ArticleDetail before) {
		if (!ArticleWorkflow.mayStoreAs(owner.role(), draft.status())) {
			throw new AccessDeniedException("기자 계정은 작성중(DRAFT)이나 송고(SUBMITTED) 상태로만 보낼 수 있습니다. 출고는 데스크가 합니다.");
		}
		if (!ArticleWorkflow.mayWriteAs(owner.role(), owner.userId(), draft.reporterId())) {
			throw new AccessDeniedException("기자 계정은 자기 이름으로만 기사를 쓸 수 있습니다.");
		}
		if (before != null && !ArticleWorkflow.mayEdit(owner.role(), owner.userId(), before)) {
			throw new AccessDeniedException("기자는 자신의 작성중 기사만 고칠 수 있습니다.");
		}
	}

	/**
	 * The series a request names, checked before anything is stored: null when it names none (left out, or empty
	 * to take the article out of its series). An unknown slug, or an ended series the article is not already in,
	 * is a 400 naming the field.
	 */
	private Series series(String slug, Integer current) {
		if (slug == null || slug.isBlank()) {
			return null;
		}
		Series found = seriesCatalog.bySlug(slug.strip())
			.orElseThrow(() -> new ApiValidationException("series", "알 수 없는 연재입니다(series)."));
		if (!SeriesCatalog.mayJoin(found, current)) {
			throw new ApiValidationException("series", "끝난 연재에는 기사를 넣을 수 없습니다(series): " + found.slug());
		}
		return found;
	}

	// CASE: a request without the field (an importer written before 연재 existed) leaves the series alone.
	private ArticleDetail placed(ArticleDetail article, String requested, Series series) {
		Integer wanted = series == null ? null : series.id();
		if (requested == null || java.util.Objects.equals(article.seriesId(), wanted)) {
			return article;
		}
		episodes.place(article.id(), wanted);
		return articles.find(article.id()).orElseThrow();
	}

	private static String slugOf(Series series) {
		return series == null ? null : series.slug();
	}

	private Section section(String slug) {
		return sections.bySlug(slug.strip())
			.orElseThrow(() -> new ApiValidationException("section", "알 수 없는 섹션입니다(section): " + slug.strip()));
	}

	private static ArticleStatus status(String value) {
		if (value == null || value.isBlank()) {
			return ArticleStatus.DRAFT;
		}
		try {
			return ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ApiValidationException("status",
					"상태(status)는 DRAFT, SUBMITTED, HELD, PUBLISHED, UNPUBLISHED 중 하나여야 합니다.");
		}
	}

	private ArticleResponse response(ArticleDetail article) {
		String series = article.seriesId() == null ? null
				: seriesCatalog.byId(article.seriesId()).map(Series::slug).orElse(null);
		return response(article, people.reporter(article.reporterId()).orElse(null), series);
	}

	private ArticleResponse response(ArticleDetail article, Reporter byline, String series) {
		String section = sections.byId(article.sectionId()).map(Section::slug).orElse(null);
		String reporter = byline == null ? null : byline.name();
		return new ArticleResponse(article.id(), publisher.current().baseUrl() + article.url(), section, article.headline(),
				article.subheadline(), article.bodyHtml(), article.teaser(), reporter, article.tags(),
				article.status().name(), kst(article.publishedAt()), kst(article.createdAt()), kst(article.updatedAt()),
				article.wireSource(), series);
	}

	private static OffsetDateTime kst(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, KoreanDates.SEOUL);
	}

}
