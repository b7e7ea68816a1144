package kr.sinmun.newsroom;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.platform.KoreanDates;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log, newest first, for administrators: changes made here and through the API alike. */
@Controller
class AuditController {

	private final AuditLog audit;

	private final NewsroomPages pages;

	AuditController(AuditLog audit, NewsroomPages pages) {
		this.audit = audit;
		this.pages = pages;
	}

	@GetMapping("/newsroom/admin/audit")
	String show(Staff staff, CsrfToken csrf, Model model) {
		model.addAttribute("page", new PageModels.AuditPage(pages.chrome(staff, csrf, "audit"), audit.latest(500)
			.stream()
			.map(entry -> new PageModels.AuditRow(KoreanDates.stamp(entry.at()), entry.actor(), entry.door().label(),
					entry.action(), entry.target(), entry.detail() == null ? "" : entry.detail()))
			.toList()));
		return "newsroom/audit";
	}

}
