package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleRevision;
import kr.sinmun.article.Articles;
import kr.sinmun.article.RevisionStamp;
import kr.sinmun.platform.KoreanDates;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's saved versions: the list, one version against the current text, and restoring one. Anyone who
 * may see the article may read its history; only someone who may edit it restores.
 */
@Controller
class RevisionController {

	private final Articles articles;

	private final NewsroomPages pages;

	RevisionController(Articles articles, NewsroomPages pages) {
		this.articles = articles;
		this.pages = pages;
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	String revisions(Staff staff, @PathVariable long id, CsrfToken csrf, Model model) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		List<RevisionStamp> stamps = articles.revisions(id);
		Map<Long, String> names = pages.namesOf(stamps.stream().map(RevisionStamp::savedBy).toList());
		model.addAttribute("page", new PageModels.RevisionsPage(pages.chrome(staff, csrf, "articles"), id,
				article.headline().isBlank() ? "(제목 없음)" : article.headline(),
				stamps.stream()
					.map(stamp -> new PageModels.RevisionRow(stamp.version(), names.getOrDefault(stamp.savedBy(), "자동화"),
							KoreanDates.stamp(stamp.savedAt()), stamp.bodyLength(), stamp.version() == article.version()))
					.toList()));
		return "newsroom/revisions";
	}

	@GetMapping("/newsroom/articles/{id}/revisions/{version}")
	String revision(Staff staff, @PathVariable long id, @PathVariable int version, CsrfToken csrf, Model model) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		ArticleRevision revision = articles.revision(id, version).orElseThrow(() -> new ArticleNotFoundException(id));
		model.addAttribute("page", new PageModels.RevisionPage(pages.chrome(staff, csrf, "articles"), id, version,
				article.version(), pages.nameOf(revision.savedBy()), KoreanDates.stamp(revision.savedAt()),
				EditorPages.changes(revision.headline(), revision.subheadline(), revision.bodyHtml(), revision.tags(), article),
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

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
