package kr.sinmun.newsroom;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.people.PasswordRules;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.people.People;
import kr.sinmun.people.ReporterProfile;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 내 계정: the section one's new articles start in, one's password, and the portrait readers see on one's page and under one's articles. */
@Controller
class AccountController {

	private final People people;

	private final NewsroomPages pages;

	private final EditorPages editors;

	private final ReporterPortraits portraits;

	private final AuditLog audit;

	AccountController(People people, NewsroomPages pages, EditorPages editors, ReporterPortraits portraits,
			AuditLog audit) {
		this.people = people;
		this.pages = pages;
		this.editors = editors;
		this.portraits = portraits;
		this.audit = audit;
	}

	@GetMapping("/newsroom/password")
	String form(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		String notice = done == null ? null : done.equals("section") ? "기본 섹션을 저장했습니다."
				: done.equals("photo") ? "사진을 바꿨습니다. 기자 페이지와 기사 아래 기자 소개에 바로 나옵니다." : "비밀번호를 바꿨습니다.";
		model.addAttribute("page", page(staff, csrf, Map.of(), notice));
		return "newsroom/password";
	}

	/** Chooses the section 새 기사 쓰기 starts in; empty goes back to the section written in most. */
	@PostMapping("/newsroom/account/section")
	String section(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String section, Model model,
			HttpServletResponse response) {
		Long chosen = ArticleForm.number(section);
		if (!section.isBlank() && (chosen == null || chosen > Integer.MAX_VALUE || !pages.sectionExists(chosen.intValue()))) {
			response.setStatus(400);
			model.addAttribute("page", page(staff, csrf, Map.of("section", "목록에 있는 섹션을 고르십시오."), null));
			return "newsroom/password";
		}
		people.setDefaultSection(staff.id(), chosen == null ? null : chosen.intValue());
		return "redirect:/newsroom/password?done=section";
	}

	/** One's own portrait, stored like any photo (its small copy is what readers see). */
	@PostMapping("/newsroom/account/photo")
	String photo(Staff staff, CsrfToken csrf, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		ReporterPortraits.Outcome outcome = portraits.replace(staff.id(), file);
		if (outcome.problem() == null) {
			audit.record(Door.NEWSROOM, staff.id(), "기자 사진 변경", staff.username(), "새 사진");
			return "redirect:/newsroom/password?done=photo";
		}
		response.setStatus(400);
		model.addAttribute("page", page(staff, csrf, Map.of("photo", outcome.problem()), null));
		return "newsroom/password";
	}

	private String portrait(Staff staff) {
		return people.profile(staff.id()).map(ReporterProfile::photoUrl).orElse(null);
	}

	@PostMapping("/newsroom/password")
	String change(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		String problem = PasswordRules.problem(password, confirm);
		if (problem != null) {
			errors.put("password", problem);
		}
		else if (!people.changePassword(staff.id(), current, password, request.getRemoteAddr())) {
			errors.put("current", "지금 비밀번호가 맞지 않습니다. 여러 번 틀리면 잠시 확인할 수 없습니다.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("page", page(staff, csrf, errors, null));
			return "newsroom/password";
		}
		// The user's other sessions and API tokens ended with the change (PasswordChanged); this one stays, under
		// a new id, so an id that leaked before the change is worth nothing after it.
		request.changeSessionId();
		return "redirect:/newsroom/password?done";
	}

	private PageModels.AccountPage page(Staff staff, CsrfToken csrf, Map<String, String> errors, String notice) {
		Integer chosen = people.defaultSection(staff.id()).filter(pages::sectionExists).orElse(null);
		String guess = pages.sectionName(editors.guessedSection(staff));
		String hint = chosen == null ? "정하지 않으면 가장 많이 쓴 섹션에서 시작합니다. 지금은 '" + guess + "'입니다."
				: "정하지 않음을 고르면 가장 많이 쓴 섹션('" + guess + "')에서 시작합니다.";
		return new PageModels.AccountPage(pages.chrome(staff, csrf, "password"), errors, notice,
				pages.sectionOptions(chosen), hint, portrait(staff));
	}

}
