package kr.sinmun.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.people.PasswordRules;
import kr.sinmun.people.People;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 내 계정: the section one's new articles start in, and one's own password. */
@Controller
class AccountController {

	private final People people;

	private final NewsroomPages pages;

	private final EditorPages editors;

	AccountController(People people, NewsroomPages pages, EditorPages editors) {
		this.people = people;
		this.pages = pages;
		this.editors = editors;
	}

	@GetMapping("/newsroom/password")
	String form(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		String notice = done == null ? null : done.equals("section") ? "기본 섹션을 저장했습니다." : "비밀번호를 바꿨습니다.";
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
				pages.sectionOptions(chosen), hint);
	}

}
