package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongPredicate;

import kr.sinmun.article.ArticleAction;
import kr.sinmun.article.ArticleConflictException;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.platform.ValidatesOwnText;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The article editor: writing, autosave and the workflow buttons. Every request checks the writer's right to the
 * article on the server; a refused or conflicting save re-shows the form with everything that was typed. The
 * revision history, corrections and the portal resend have controllers of their own.
 */
@Controller
class EditorController {

	private final Articles articles;

	private final NewsroomPages pages;

	private final EditorPages editors;

	private final AuditLog audit;

	private final Clock clock;

	EditorController(Articles articles, NewsroomPages pages, EditorPages editors, AuditLog audit, Clock clock) {
		this.articles = articles;
		this.pages = pages;
		this.editors = editors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 새 기사 쓰기: an empty editor in the writer's own section ({@link EditorPages#startingSection}). Nothing is
	 * stored until the first save (저장, 송고, or the first autosave), so opening it and leaving leaves no
	 * "(제목 없음)" behind.
	 */
	@GetMapping("/newsroom/articles/new")
	String blank(Staff staff, CsrfToken csrf, Model model) {
		model.addAttribute("page", editors.blank(staff, csrf, ArticleForm.blank(editors.startingSection(staff), staff.id()),
				Map.of(), null, PageModels.LocalCopy.NOTHING));
		return "newsroom/editor";
	}

	/** The new article's first save from the form, and the action pressed with it (송고, or the desk's 출고…). */
	@PostMapping("/newsroom/articles")
	@ValidatesOwnText
	String create(Staff staff, @ModelAttribute ArticleForm form, @RequestParam(required = false) String action,
			@RequestParam(required = false) String publishAt, @RequestParam(required = false) String note,
			CsrfToken csrf, Model model, HttpServletResponse response) {
		ArticleAction chosen = action(action);
		Map<String, String> problems = withSeries(form.problems(pages::sectionExists, pages::mayShareByline, true),
				editors.seriesProblem(form, null));
		if (!problems.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("page", editors.blank(staff, csrf, form, problems, null, new PageModels.LocalCopy(null, true)));
			return "newsroom/editor";
		}
		ArticleDetail article = articles.start(form.text(reporterFor(staff, form, staff.id())), staff.id(), form.editorCopy());
		editors.placeInSeries(article.id(), form);
		String confirmed = form.editorCopy() == null ? "" : "&copy=" + form.editorCopy();
		if (chosen == null) {
			return "redirect:/newsroom/articles/" + article.id() + "?done=saved" + confirmed;
		}
		return act(staff, article, chosen, publishAt, note, form.editorCopy(), csrf, model, response);
	}

	/** The new article's first autosave: stores the draft and answers its id, which the editor's script then uses. */
	@PostMapping(path = "/newsroom/articles/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> firstAutosave(Staff staff, @RequestBody ArticleForm form) {
		Map<String, String> problems = form.problems(pages::sectionExists, pages::mayShareByline, true);
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("message", String.join(" ", problems.values()), "errors", problems));
		}
		ArticleDetail created = articles.start(form.text(reporterFor(staff, form, staff.id())), staff.id(),
				form.editorCopy());
		return ResponseEntity.ok(Map.of("id", created.id(), "version", created.version(), "savedAt",
				KoreanDates.stamp(clock.instant())));
	}

	/**
	 * Deletes a draft (soft: an administrator can restore it for 30 days). Its reporter or the desk may; anything
	 * sent or published is refused with 409 by the article module.
	 */
	@PostMapping("/newsroom/articles/{id}/delete")
	String discard(Staff staff, @PathVariable long id) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		if (!ArticleWorkflow.mayDiscard(staff.role(), staff.id(), article)) {
			throw new AccessDeniedException("다른 기자의 기사는 지울 수 없습니다.");
		}
		articles.discard(id, staff.id());
		return "redirect:/newsroom?done=discarded";
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
		if (ArticleWorkflow.mayNote(staff.role(), staff.id(), article)) {
			// Opening the article is reading its notes: the dashboard stops counting them as new.
			articles.markNotesRead(id, staff.id());
		}
		String notice = done == null ? null : done(done);
		model.addAttribute("page", editors.editor(staff, csrf, article, ArticleForm.of(article), Map.of(), notice, null,
				new PageModels.LocalCopy(ArticleForm.editorCopy(copy), false)));
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
			@RequestParam(required = false) String overwrite, @RequestParam(required = false) String note,
			CsrfToken csrf, Model model,
			HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		ArticleAction chosen = action(action);
		String saved = null;
		if (Permissions.canEdit(staff, article)) {
			Map<String, String> problems = withSeries(form.problems(pages::sectionExists, coWriters(article)),
					editors.seriesProblem(form, editors.storedSeries(article)));
			if (!problems.isEmpty()) {
				return reshow(staff, csrf, article, form, problems, null, model, response, 400);
			}
			Long over = ArticleForm.number(overwrite);
			int expected = over != null ? over.intValue() : form.versionNumber();
			try {
				article = articles.revise(id, form.text(reporterFor(staff, form, article)), expected, staff.id(),
						form.editorCopy());
				editors.placeInSeries(id, form);
				saved = form.editorCopy();
			}
			catch (ArticleConflictException conflict) {
				// The form keeps the version it was written over: only 내 글로 저장 saves over the other text.
				return reshow(staff, csrf, conflict.current(), form, Map.of(),
						editors.conflict(staff, expected, form, conflict.current()), model, response, 409);
			}
		}
		else if (chosen == null) {
			Permissions.requireEdit(staff, article);
		}
		String confirmed = saved == null ? "" : "&copy=" + saved;
		if (chosen == null) {
			return "redirect:/newsroom/articles/" + id + "?done=saved" + confirmed;
		}
		return act(staff, article, chosen, publishAt, note, saved, csrf, model, response);
	}

	// The 연재 choice is checked beside the text's fields (its rule needs the series, which ArticleForm does not know).
	private static Map<String, String> withSeries(Map<String, String> problems, String seriesProblem) {
		if (seriesProblem == null) {
			return problems;
		}
		Map<String, String> all = new LinkedHashMap<>(problems);
		all.put("series", seriesProblem);
		return all;
	}

	/** The workflow action pressed with a save, once the text is stored; {@code saved} names the stored window. */
	private String act(Staff staff, ArticleDetail article, ArticleAction chosen, String publishAt, String note,
			String saved, CsrfToken csrf, Model model, HttpServletResponse response) {
		long id = article.id();
		String confirmed = saved == null ? "" : "&copy=" + saved;
		Instant now = clock.instant();
		if (!ArticleWorkflow.allows(staff.role(), staff.id(), chosen, article, now)) {
			throw new AccessDeniedException(
					"지금 상태(" + article.status().label() + ")에서는 '" + chosen.label() + "'" + KoreanParticles.objectOf(chosen.label())
							+ " 할 수 없습니다.");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		if (chosen == ArticleAction.SUBMIT || chosen.target() == ArticleStatus.PUBLISHED) {
			problems.putAll(ArticleForm.readiness(article, chosen.target() == ArticleStatus.PUBLISHED));
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
			model.addAttribute("page", editors.editor(staff, csrf, article, ArticleForm.of(article), problems, null, null,
					new PageModels.LocalCopy(saved, false)));
			return "newsroom/editor";
		}
		if (chosen.needsNote()) {
			String problem = ArticleFields.returnNoteProblem(note);
			if (problem != null) {
				response.setStatus(400);
				model.addAttribute("page", editors
					.editor(staff, csrf, article, ArticleForm.of(article), Map.of("note", problem), null, null,
							new PageModels.LocalCopy(saved, false))
					.withNoteDraft(note == null ? "" : note));
				return "newsroom/editor";
			}
			NoteController.sendBack(articles, audit, staff, article, note);
		}
		else {
			articles.move(id, chosen.target(), chosen == ArticleAction.PUBLISH ? now : when,
					chosen == ArticleAction.EMBARGO, staff.id());
		}
		return "redirect:/newsroom/articles/" + id + "?done=" + chosen.name() + confirmed;
	}

	/**
	 * The editor's background save. Answers 200 with the new version, 400 with the problems, 409 with what the
	 * other person changed; the script keeps the text in the browser until one of these says it is stored.
	 */
	@PostMapping(path = "/newsroom/articles/{id}/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> autosave(Staff staff, @PathVariable long id, @RequestBody ArticleForm form) {
		ArticleDetail article = find(id);
		Permissions.requireEdit(staff, article);
		Map<String, String> problems = form.problems(pages::sectionExists, coWriters(article));
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
			PageModels.Conflict details = editors.conflict(staff, form.versionNumber(), form, conflict.current());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", details.title());
			body.put("message", details.message());
			body.put("overwrite", PageModels.Conflict.OVERWRITE);
			body.put("currentVersion", details.currentVersion());
			body.put("changes", details.changes());
			return ResponseEntity.status(409).body(body);
		}
	}

	/** What the editor says after a save or an action, as a desk would say it. */
	private static String done(String done) {
		return switch (done) {
			case "saved" -> "저장했습니다.";
			case "discarded" -> "초안을 지웠습니다.";
			case "restored" -> "예전 버전을 되살려 새 버전으로 저장했습니다.";
			case "note" -> "메모를 남겼습니다.";
			case "related" -> "관련기사를 저장했습니다. 고른 기사가 독자 화면의 관련기사 맨 앞에 나옵니다.";
			case "breaking" -> "속보로 걸었습니다. 모든 독자 화면 위에 속보 줄이 나옵니다.";
			case "breakingCleared" -> "속보를 내렸습니다.";
			case "SUBMIT" -> "송고했습니다. 데스크가 확인합니다.";
			case "WITHDRAW" -> "송고를 취소했습니다. 고친 뒤 다시 송고하십시오.";
			case "PUBLISH" -> "출고했습니다.";
			case "SCHEDULE" -> "예약 출고를 걸었습니다.";
			case "EMBARGO" -> "엠바고를 걸었습니다.";
			case "HOLD" -> "보류했습니다.";
			case "RETURN" -> "반려했습니다. 기자에게 메모가 전달됩니다.";
			case "UNPUBLISH" -> "출고를 취소했습니다. 독자 화면에서 내렸고, 기사는 뉴스룸에 남아 있습니다.";
			default -> null;
		};
	}

	private String reshow(Staff staff, CsrfToken csrf, ArticleDetail article, ArticleForm form,
			Map<String, String> problems, PageModels.Conflict conflict, Model model, HttpServletResponse response,
			int status) {
		response.setStatus(status);
		// The form shows what was typed and is not stored: the browser keeps its copy.
		model.addAttribute("page", editors.editor(staff, csrf, article, form, problems, null, conflict,
				new PageModels.LocalCopy(null, true)));
		return "newsroom/editor";
	}

	// 기자 always write under their own byline (a byline they may not use keeps the article's); the desk may
	// credit anyone.
	private static long reporterFor(Staff staff, ArticleForm form, ArticleDetail article) {
		return reporterFor(staff, form, article.reporterId());
	}

	static long reporterFor(Staff staff, ArticleForm form, long current) {
		Long chosen = form.reporterNumber();
		return chosen != null && ArticleWorkflow.mayWriteAs(staff.role(), staff.id(), chosen) ? chosen : current;
	}

	// Someone the article already names keeps their byline even if they could not be chosen now (관리자, or an
	// account made before the rule).
	private LongPredicate coWriters(ArticleDetail article) {
		return id -> article.coReporterIds().contains(id) || pages.mayShareByline(id);
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
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"알 수 없는 작업입니다: " + value);
		}
	}

	// The desk types times in Korean time, to the minute.
	private static Instant localTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T'), EditorPages.LOCAL_INPUT).atZone(KoreanDates.SEOUL).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
