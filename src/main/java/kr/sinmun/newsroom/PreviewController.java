package kr.sinmun.newsroom;

import java.util.Map;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.Articles;
import kr.sinmun.article.InvalidArticleException;
import kr.sinmun.article.ReaderPreview;
import kr.sinmun.platform.ValidatesOwnText;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 미리보기: the article as readers will see it, drawn by the reader site's own template ({@link ReaderPreview})
 * from the editor's unsaved fields, cleaned as a save would clean them. Nothing is stored, cached or counted,
 * and the page is {@code noindex}. Typed text is shown only to whoever may save it ({@link Permissions#canEdit});
 * someone who may only read the article (a reporter's own article after 송고) previews the stored text.
 */
@Controller
class PreviewController {

	private final Articles articles;

	private final NewsroomPages pages;

	private final ReaderPreview reader;

	PreviewController(Articles articles, NewsroomPages pages, ReaderPreview reader) {
		this.articles = articles;
		this.pages = pages;
		this.reader = reader;
	}

	/** The preview of a new article's fields, before its first save. */
	@PostMapping("/newsroom/articles/preview")
	@ValidatesOwnText
	String fresh(Staff staff, @ModelAttribute ArticleForm form, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		return show(staff, null, form, csrf, model, response);
	}

	/** The preview of the editor's fields as typed, saved or not. */
	@PostMapping("/newsroom/articles/{id}/preview")
	@ValidatesOwnText
	String typed(Staff staff, @PathVariable long id, @ModelAttribute ArticleForm form, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		return show(staff, article, Permissions.canEdit(staff, article) ? form : ArticleForm.of(article), csrf, model,
				response);
	}

	/** The preview of the stored text, for anyone who may open the article. */
	@GetMapping("/newsroom/articles/{id}/preview")
	String stored(Staff staff, @PathVariable long id, CsrfToken csrf, Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		return show(staff, article, ArticleForm.of(article), csrf, model, response);
	}

	private String show(Staff staff, ArticleDetail current, ArticleForm form, CsrfToken csrf, Model model,
			HttpServletResponse response) {
		// Never kept by a browser or a proxy, never indexed: it is text that may never be published.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		long id = current == null ? 0 : current.id();
		Map<String, String> problems = form.problems(pages::sectionExists,
				who -> current != null && current.coReporterIds().contains(who) || pages.mayShareByline(who), true);
		if (problems.isEmpty()) {
			long reporter = EditorController.reporterFor(staff, form, current == null ? staff.id() : current.reporterId());
			try {
				ArticleDetail unsaved = articles.preview(current, form.text(reporter));
				model.addAttribute("page", new PageModels.PreviewPage(pages.chrome(staff, csrf, "articles"), id,
						unsaved.headline(), reader.page(unsaved), Map.of()));
				return "newsroom/preview";
			}
			catch (InvalidArticleException invalid) {
				problems = invalid.problems();
			}
		}
		response.setStatus(400);
		model.addAttribute("page", new PageModels.PreviewPage(pages.chrome(staff, csrf, "articles"), id,
				form.headline() == null ? "" : form.headline(), "", problems));
		return "newsroom/preview";
	}

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
