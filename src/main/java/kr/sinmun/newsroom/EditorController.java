package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.article.ArticleAction;
import kr.sinmun.article.ArticleConflictException;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleRevision;
import kr.sinmun.article.ArticleTransition;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.article.RevisionStamp;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.ValidatesOwnText;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The article editor: writing, autosave, the workflow buttons and the revision history. Every request
 * checks the writer's right to the article on the server; a refused or conflicting save re-shows the form
 * with everything that was typed.
 */
@Controller
class EditorController {

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Articles articles;

	private final NewsroomPages pages;

	private final EditorAssets assets;

	private final Clock clock;

	private final int autosaveSeconds;

	private final kr.sinmun.portal.PortalFeed portals;

	EditorController(Articles articles, NewsroomPages pages, EditorAssets assets, Clock clock,
			NewsroomProperties settings, kr.sinmun.portal.PortalFeed portals) {
		this.portals = portals;
		this.articles = articles;
		this.pages = pages;
		this.assets = assets;
		this.clock = clock;
		this.autosaveSeconds = settings.autosaveSeconds();
	}

	@PostMapping("/newsroom/articles")
	String start(Staff staff) {
		ArticleDetail draft = articles.start(pages.firstSection(), staff.id(), staff.id());
		return "redirect:/newsroom/articles/" + draft.id();
	}

	/**
	 * The editor. {@code copy} comes with the redirect after a successful save: the editor window whose text the
	 * server has just stored, so that the page's script drops the browser's copy of it.
	 */
	@GetMapping("/newsroom/articles/{id}")
	String edit(Staff staff, @PathVariable long id, @RequestParam(required = false) String done,
			@RequestParam(required = false) String copy, CsrfToken csrf, Model model) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		String notice = done == null ? null : switch (done) {
			case "saved" -> "저장했습니다.";
			case "restored" -> "예전 버전을 되살려 새 버전으로 저장했습니다.";
			default -> "'" + done + "' 처리했습니다.";
		};
		model.addAttribute("page", editor(staff, csrf, article, ArticleForm.of(article), Map.of(), notice, null,
				new Views.LocalCopy(ArticleForm.editorCopy(copy), false)));
		return "newsroom/editor";
	}

	/**
	 * The form's save, optionally followed by a workflow action from the button that was pressed. Its fields are
	 * checked by {@link ArticleForm#problems}, characters included, so a refused save shows the form again. After a
	 * conflict the page offers 내 글로 저장, which sends {@code overwrite}: the version the writer was shown and
	 * chose to save over. Pressing 저장 again sends the old version and gets the conflict again.
	 */
	@PostMapping("/newsroom/articles/{id}")
	@ValidatesOwnText
	String save(Staff staff, @PathVariable long id, @ModelAttribute ArticleForm form,
			@RequestParam(required = false) String action, @RequestParam(required = false) String publishAt,
			@RequestParam(required = false) String overwrite, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		ArticleAction chosen = action(action);
		String saved = null;
		if (Permissions.canEdit(staff, article)) {
			Map<String, String> problems = form.problems(pages::sectionExists, pages::reporterExists);
			if (!problems.isEmpty()) {
				return reshow(staff, csrf, article, form, problems, null, model, response, 400);
			}
			Long over = ArticleForm.number(overwrite);
			int expected = over != null ? over.intValue() : form.versionNumber();
			try {
				article = articles.revise(id, form.text(reporterFor(staff, form, article)), expected, staff.id(),
						form.editorCopy());
				saved = form.editorCopy();
			}
			catch (ArticleConflictException conflict) {
				// The form keeps the version it was written over: only 내 글로 저장 saves over the other text.
				return reshow(staff, csrf, conflict.current(), form, Map.of(),
						conflict(staff, expected, form, conflict.current()), model, response, 409);
			}
		}
		else if (chosen == null) {
			Permissions.requireEdit(staff, article);
		}
		String confirmed = saved == null ? "" : "&copy=" + saved;
		if (chosen == null) {
			return "redirect:/newsroom/articles/" + id + "?done=saved" + confirmed;
		}
		Instant now = clock.instant();
		if (!ArticleWorkflow.allows(staff.role(), staff.id(), chosen, article, now)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"지금 상태(" + article.status().label() + ")에서는 '" + chosen.label() + "'을(를) 할 수 없습니다.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		if (chosen == ArticleAction.SUBMIT || chosen.target() == kr.sinmun.article.ArticleStatus.PUBLISHED) {
			problems.putAll(ArticleForm.readiness(article, chosen.target() == kr.sinmun.article.ArticleStatus.PUBLISHED));
		}
		Instant when = null;
		if (chosen.timed()) {
			when = localTime(publishAt);
			if (when == null) {
				problems.put("publishAt", "출고 시각을 '2026-12-01 09:00'처럼 정확히 넣으십시오.");
			}
			else if (!when.isAfter(now)) {
				problems.put("publishAt", "예약·엠바고 시각은 지금 이후여야 합니다.");
			}
			else if (ArticleFields.publicationProblem(when) != null) {
				problems.put("publishAt", ArticleFields.publicationProblem(when));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("page", editor(staff, csrf, article, ArticleForm.of(article), problems, null, null,
					new Views.LocalCopy(saved, false)));
			return "newsroom/editor";
		}
		articles.move(id, chosen.target(), chosen == ArticleAction.PUBLISH ? now : when,
				chosen == ArticleAction.EMBARGO, staff.id());
		return "redirect:/newsroom/articles/" + id + "?done=" + org.springframework.web.util.UriUtils
			.encodeQueryParam(chosen.label(), "UTF-8") + confirmed;
	}

	/**
	 * The editor's background save. Answers 200 with the new version, 400 with the problems, 409 with what the
	 * other person changed; the script keeps the text in the browser until one of these says it is stored.
	 */
	@PostMapping(path = "/newsroom/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> autosave(Staff staff, @PathVariable long id, @RequestBody ArticleForm form) {
		ArticleDetail article = find(id);
		Permissions.requireEdit(staff, article);
		Map<String, String> problems = form.problems(pages::sectionExists, pages::reporterExists);
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("message", String.join(" ", problems.values()), "errors", problems));
		}
		try {
			ArticleDetail saved = articles.revise(id, form.text(reporterFor(staff, form, article)), form.versionNumber(),
					staff.id(), form.editorCopy());
			return ResponseEntity.ok(Map.of("version", saved.version(), "savedAt", KoreanDates.stamp(clock.instant())));
		}
		catch (ArticleConflictException conflict) {
			Views.Conflict details = conflict(staff, form.versionNumber(), form, conflict.current());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", details.title());
			body.put("message", details.message());
			body.put("overwrite", Views.Conflict.OVERWRITE);
			body.put("currentVersion", details.currentVersion());
			body.put("changes", details.changes());
			return ResponseEntity.status(409).body(body);
		}
	}

	/** 정정·반론·추후보도: the desk attaches a notice to a published article; readers see it at the top. */
	@PostMapping("/newsroom/articles/{id}/corrections")
	String correct(Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String body, CsrfToken csrf, Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireDesk(staff);
		if (article.status() != kr.sinmun.article.ArticleStatus.PUBLISHED) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
					"출고된 기사에만 정정·반론·추후보도를 붙일 수 있습니다.");
		}
		kr.sinmun.article.Correction.Kind chosen = java.util.Arrays.stream(kr.sinmun.article.Correction.Kind.values())
			.filter(value -> value.name().equals(kind))
			.findFirst()
			.orElse(null);
		Map<String, String> problems = new LinkedHashMap<>();
		if (chosen == null) {
			problems.put("correctionKind", "정정보도, 반론보도, 추후보도 가운데 하나를 고르십시오.");
		}
		String bodyProblem = ArticleFields.correctionProblem(body);
		if (bodyProblem != null) {
			problems.put("correctionBody", bodyProblem);
		}
		if (!problems.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("page",
					editor(staff, csrf, article, ArticleForm.of(article), problems, null, null, Views.LocalCopy.NOTHING)
						.withCorrectionDraft(body));
			return "newsroom/editor";
		}
		articles.correct(id, chosen, body, staff.id());
		return "redirect:/newsroom/articles/" + id + "?done=" + org.springframework.web.util.UriUtils
			.encodeQueryParam(chosen.label(), "UTF-8");
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	String revisions(Staff staff, @PathVariable long id, CsrfToken csrf, Model model) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		List<RevisionStamp> stamps = articles.revisions(id);
		Map<Long, String> names = pages.namesOf(stamps.stream().map(RevisionStamp::savedBy).toList());
		model.addAttribute("page", new Views.RevisionsPage(pages.chrome(staff, csrf, "articles"), id,
				article.headline().isBlank() ? "(제목 없음)" : article.headline(),
				stamps.stream()
					.map(stamp -> new Views.RevisionRow(stamp.version(), names.getOrDefault(stamp.savedBy(), "자동화"),
							KoreanDates.stamp(stamp.savedAt()), stamp.bodyLength(), stamp.version() == article.version()))
					.toList()));
		return "newsroom/revisions";
	}

	@GetMapping("/newsroom/articles/{id}/revisions/{version}")
	String revision(Staff staff, @PathVariable long id, @PathVariable int version, CsrfToken csrf, Model model) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		ArticleRevision revision = articles.revision(id, version).orElseThrow(() -> new ArticleNotFoundException(id));
		model.addAttribute("page", new Views.RevisionPage(pages.chrome(staff, csrf, "articles"), id, version,
				article.version(), pages.nameOf(revision.savedBy()), KoreanDates.stamp(revision.savedAt()),
				changes(revision.headline(), revision.subheadline(), revision.bodyHtml(), revision.tags(), article),
				Permissions.canEdit(staff, article) && version != article.version()));
		return "newsroom/revision";
	}

	/** Restoring saves the old text as a new version; nothing in between is lost. */
	@PostMapping("/newsroom/articles/{id}/revisions/{version}/restore")
	String restore(Staff staff, @PathVariable long id, @PathVariable int version, RedirectAttributes redirect) {
		ArticleDetail article = find(id);
		Permissions.requireEdit(staff, article);
		ArticleRevision revision = articles.revision(id, version).orElseThrow(() -> new ArticleNotFoundException(id));
		articles.revise(id, revision.text(article.reporterId(), article.coReporterIds(), article.wireSource()), article.version(), staff.id());
		return "redirect:/newsroom/articles/" + id + "?done=restored";
	}

	private Views.EditorPage editor(Staff staff, CsrfToken csrf, ArticleDetail article, ArticleForm form,
			Map<String, String> errors, String notice, Views.Conflict conflict, Views.LocalCopy localCopy) {
		Instant now = clock.instant();
		List<Views.ActionButton> actions = ArticleWorkflow.allowed(staff.role(), staff.id(), article, now)
			.stream()
			.map(action -> new Views.ActionButton(action.name(), action.label(), action.timed()))
			.toList();
		List<ArticleTransition> log = articles.transitions(article.id());
		Map<Long, String> names = pages.namesOf(log.stream().map(ArticleTransition::actorId).toList());
		List<Views.HistoryLine> history = new ArrayList<>();
		for (ArticleTransition step : log) {
			String what = (step.from() == null ? "생성: " : step.from().label() + " → ") + step.to().label();
			if (step.publishAt() != null && step.publishAt().isAfter(step.at())) {
				what += (step.embargo() ? " (엠바고 " : " (예약 ") + KoreanDates.stamp(step.publishAt()) + ")";
			}
			history.add(new Views.HistoryLine(KoreanDates.stamp(step.at()), names.getOrDefault(step.actorId(), "자동화"),
					what));
		}
		Integer section = form.sectionNumber();
		Long reporter = form.reporterNumber();
		return new Views.EditorPage(pages.chrome(staff, csrf, "articles"), article.id(), form, errors,
				pages.sectionOptions(section), pages.reporterOptions(reporter),
				pages.reporterOptions(new java.util.HashSet<>(form.coReporterIds())), staff.isDesk(),
				Permissions.canEdit(staff, article), NewsroomPages.stateOf(article, now), actions, notice, conflict,
				history, assets.importMap(), assets.stylesheet(), autosaveSeconds,
				article.visibleAt(now) ? article.url() : null,
				LOCAL_INPUT.format(LocalDateTime.ofInstant(now.plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS),
						KoreanDates.SEOUL)),
				ArticleFields.HEADLINE_PORTAL,
				staff.isDesk() && article.status() == kr.sinmun.article.ArticleStatus.PUBLISHED,
				article.corrections()
					.stream()
					.map(correction -> new Views.HistoryLine(KoreanDates.stamp(correction.at()), correction.kind().label(), correction.body()))
					.toList(),
				"",
				portals.deliveries(article.id())
					.stream()
					.map(delivery -> new Views.HistoryLine(
							KoreanDates.stamp(delivery.sentAt() != null ? delivery.sentAt() : delivery.createdAt()),
							"카카오(다음)", delivery.label() + (delivery.lastError() == null ? "" : " · " + delivery.lastError())))
					.toList(),
				staff.isDesk() && portals.enabled() && !article.demo(), localCopy);
	}

	/** The desk's 다시 보내기: the article's current state goes to the portals again, now. */
	@PostMapping("/newsroom/articles/{id}/portal")
	String resend(Staff staff, @PathVariable long id) {
		ArticleDetail article = find(id);
		Permissions.requireDesk(staff);
		if (article.demo()) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT,
					"데모 기사는 포털로 보내지 않습니다. 데모 콘텐츠는 이 설치 밖으로 나가지 않습니다.");
		}
		portals.resend(id);
		return "redirect:/newsroom/articles/" + id + "?done=" + org.springframework.web.util.UriUtils
			.encodeQueryParam("포털 재전송", "UTF-8");
	}

	private String reshow(Staff staff, CsrfToken csrf, ArticleDetail article, ArticleForm form,
			Map<String, String> problems, Views.Conflict conflict, Model model, HttpServletResponse response,
			int status) {
		response.setStatus(status);
		// The form shows what was typed and is not stored: the browser keeps its copy.
		model.addAttribute("page", editor(staff, csrf, article, form, problems, null, conflict,
				new Views.LocalCopy(null, true)));
		return "newsroom/editor";
	}

	// 기자 always write under their own byline (a byline they may not use keeps the article's); the desk may
	// credit anyone.
	private static long reporterFor(Staff staff, ArticleForm form, ArticleDetail article) {
		Long chosen = form.reporterNumber();
		return chosen != null && ArticleWorkflow.mayWriteAs(staff.role(), staff.id(), chosen) ? chosen
				: article.reporterId();
	}

	/**
	 * What the live box and the 409 page both say: who saved over the version this editor started from (the
	 * writer themself, from another window or device, is named as such), and what that save changed against
	 * the text the editor started from.
	 */
	private Views.Conflict conflict(Staff staff, Integer base, ArticleForm form, ArticleDetail current) {
		ArticleRevision started = base == null ? null : articles.revision(current.id(), base).orElse(null);
		List<Views.DiffBlock> changes = started == null
				? changes(form.headline(), form.subheadline(), form.bodyHtml(), form.tagList(), current)
				: changes(started.headline(), started.subheadline(), started.bodyHtml(), started.tags(), current);
		List<RevisionStamp> stamps = articles.revisions(current.id());
		RevisionStamp latest = stamps.isEmpty() ? null : stamps.get(0);
		String at = KoreanDates.stamp(latest == null ? current.updatedAt() : latest.savedAt());
		String keep = " 쓰신 내용은 편집기에 그대로 있습니다. 바뀐 내용을 확인한 뒤, 내 글로 덮어쓰려면 '"
				+ Views.Conflict.OVERWRITE + "'을 누르십시오. 덮어써도 앞의 글은 저장 버전에 남습니다.";
		boolean mine = latest != null && latest.savedBy() != null && latest.savedBy() == staff.id();
		if (mine) {
			return new Views.Conflict(current.version(), "다른 창에서 먼저 저장했습니다",
					at + "에 이 기사를 다른 창이나 기기에서 저장했습니다(버전 " + current.version() + ")." + keep, changes);
		}
		String who = latest == null || latest.savedBy() == null ? at + "에 API나 자동 처리로 이 기사가 저장되었습니다"
				: pages.nameOf(latest.savedBy()) + " 님이 " + at + "에 이 기사를 저장했습니다";
		return new Views.Conflict(current.version(), "다른 사람이 먼저 저장했습니다",
				who + "(버전 " + current.version() + ")." + keep, changes);
	}

	private static List<Views.DiffBlock> changes(String headline, String subheadline, String bodyHtml,
			List<String> tags, ArticleDetail current) {
		return List.of(new Views.DiffBlock("제목", TextDiff.between(headline, current.headline())),
				new Views.DiffBlock("부제", TextDiff.between(subheadline, current.subheadline())),
				new Views.DiffBlock("본문", TextDiff.between(TextDiff.plainText(bodyHtml),
						TextDiff.plainText(current.bodyHtml()))),
				new Views.DiffBlock("태그", TextDiff.between(String.join(", ", tags), String.join(", ", current.tags()))));
	}

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

	private static ArticleAction action(String value) {
		if (value == null || value.isBlank() || value.equals("SAVE")) {
			return null;
		}
		try {
			return ArticleAction.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
					"알 수 없는 작업입니다: " + value);
		}
	}

	// The desk types times in Korean time, to the minute.
	private static Instant localTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T'), LOCAL_INPUT).atZone(KoreanDates.SEOUL).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
