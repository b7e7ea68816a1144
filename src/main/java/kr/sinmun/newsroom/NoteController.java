package kr.sinmun.newsroom;

import java.time.Clock;
import java.util.Map;

import kr.sinmun.article.ArticleAction;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleStateException;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.ValidatesOwnText;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The note thread between the desk and an article's reporters, and 반려, which always leaves a note. Who may
 * write and who may send back are the article module's rules ({@link ArticleWorkflow}); a refused note comes
 * back in the editor's note box as typed.
 */
@Controller
class NoteController {

	private final Articles articles;

	private final EditorPages editors;

	private final AuditLog audit;

	private final Clock clock;

	NoteController(Articles articles, EditorPages editors, AuditLog audit, Clock clock) {
		this.articles = articles;
		this.editors = editors;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/newsroom/articles/{id}/notes")
	@ValidatesOwnText
	String note(Staff staff, @PathVariable long id, @RequestParam(required = false) String note, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		if (!ArticleWorkflow.mayNote(staff.role(), staff.id(), article)) {
			throw new AccessDeniedException("메모는 이 기사를 쓴 기자와 데스크만 남길 수 있습니다.");
		}
		String problem = ArticleFields.noteProblem(note);
		if (problem != null) {
			return refused(staff, csrf, article, note, problem, model, response);
		}
		articles.addNote(id, note, staff.id());
		return "redirect:/newsroom/articles/" + id + "?done=note#notes";
	}

	/** 반려: back to the reporter with the note saying why; the note is required. */
	@PostMapping("/newsroom/articles/{id}/return")
	@ValidatesOwnText
	String sendBack(Staff staff, @PathVariable long id, @RequestParam(required = false) String note, CsrfToken csrf,
			Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		requireMaySendBack(staff, article);
		String problem = ArticleFields.returnNoteProblem(note);
		if (problem != null) {
			return refused(staff, csrf, article, note, problem, model, response);
		}
		sendBack(articles, audit, staff, article, note);
		return "redirect:/newsroom/articles/" + id + "?done=" + ArticleAction.RETURN.name() + "#notes";
	}

	/** 반려 as every newsroom door does it: the state, the note and the audit entry. */
	static void sendBack(Articles articles, AuditLog audit, Staff staff, ArticleDetail article, String note) {
		articles.sendBack(article.id(), note, staff.id());
		audit.record(Door.NEWSROOM, staff.id(), "기사 반려", "기사 " + article.id() + " " + article.headline(),
				note.strip());
	}

	private void requireMaySendBack(Staff staff, ArticleDetail article) {
		if (!staff.isDesk()) {
			throw new AccessDeniedException("반려는 데스크만 할 수 있습니다.");
		}
		if (!ArticleWorkflow.allows(staff.role(), staff.id(), ArticleAction.RETURN, article, clock.instant())) {
			throw new ArticleStateException("지금 상태(" + NewsroomPages.stateOf(article, clock.instant())
					+ ")에서는 반려할 수 없습니다. 송고했거나 보류한 기사만 반려할 수 있습니다.");
		}
	}

	private String refused(Staff staff, CsrfToken csrf, ArticleDetail article, String note, String problem,
			Model model, HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("page", editors
			.editor(staff, csrf, article, ArticleForm.of(article), Map.of("note", problem), null, null,
					PageModels.LocalCopy.NOTHING)
			.withNoteDraft(note == null ? "" : note));
		return "newsroom/editor";
	}

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
