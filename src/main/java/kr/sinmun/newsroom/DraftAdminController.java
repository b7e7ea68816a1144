package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kr.sinmun.article.Articles;
import kr.sinmun.article.DiscardedDraft;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 지운 초안: the drafts reporters deleted in the last 30 days, which an administrator can bring back (the
 * security configuration keeps {@code /newsroom/admin} to administrators). Every restore is audited.
 */
@Controller
class DraftAdminController {

	private final Articles articles;

	private final NewsroomPages pages;

	private final AuditLog audit;

	DraftAdminController(Articles articles, NewsroomPages pages, AuditLog audit) {
		this.articles = articles;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/admin/drafts")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		List<DiscardedDraft> drafts = articles.discarded(500);
		Map<Long, String> names = pages.namesOf(drafts.stream()
			.flatMap(draft -> Stream.of(draft.reporterId(), draft.deletedBy()))
			.toList());
		model.addAttribute("page", new PageModels.DraftsPage(pages.chrome(staff, csrf, "drafts"), drafts.stream()
			.map(draft -> new PageModels.DraftRow(draft.id(),
					draft.headline().isBlank() ? "(제목 없음)" : draft.headline(),
					names.getOrDefault(draft.reporterId(), "-"),
					draft.deletedBy() == null ? "-" : names.getOrDefault(draft.deletedBy(), "-"),
					KoreanDates.stamp(draft.deletedAt()),
					KoreanDates.stamp(draft.deletedAt().plus(Articles.DISCARDED_KEPT))))
			.toList(), "restored".equals(done) ? "초안을 되살렸습니다. 기자의 작성중 기사에 다시 보입니다." : null));
		return "newsroom/drafts";
	}

	@PostMapping("/newsroom/admin/drafts/{id}/restore")
	String restore(Staff staff, @PathVariable long id) {
		articles.restore(id);
		String headline = articles.find(id).map(article -> article.headline()).orElse("");
		audit.record(Door.NEWSROOM, staff.id(), "지운 초안 복원", "기사 " + id + " " + headline, null);
		return "redirect:/newsroom/admin/drafts?done=restored";
	}

}
