package kr.sinmun.newsroom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.article.Correction;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 정정·반론·추후보도 notices, which the desk attaches to published articles from the editor. A refused notice
 * re-shows the editor with what was typed.
 */
@Controller
class CorrectionController {

	private final Articles articles;

	private final EditorPages editors;

	CorrectionController(Articles articles, EditorPages editors) {
		this.articles = articles;
		this.editors = editors;
	}

	/** 정정·반론·추후보도: the desk attaches a notice to a published article; readers see it at the top. */
	@PostMapping("/newsroom/articles/{id}/corrections")
	String correct(Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String body, CsrfToken csrf, Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireDesk(staff);
		if (article.status() != ArticleStatus.PUBLISHED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"출고된 기사에만 정정·반론·추후보도를 붙일 수 있습니다.");
		}
		Correction.Kind chosen = Arrays.stream(Correction.Kind.values())
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
					editors.editor(staff, csrf, article, ArticleForm.of(article), problems, null, null, PageModels.LocalCopy.NOTHING)
						.withCorrectionDraft(body));
			return "newsroom/editor";
		}
		articles.correct(id, chosen, body, staff.id());
		return "redirect:/newsroom/articles/" + id + "?done=" + UriUtils
			.encodeQueryParam(chosen.label(), "UTF-8");
	}

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
