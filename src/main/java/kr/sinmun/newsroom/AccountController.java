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

/** Changing one's own password. */
@Controller
class AccountController {

	private final People people;

	private final NewsroomPages pages;

	AccountController(People people, NewsroomPages pages) {
		this.people = people;
		this.pages = pages;
	}

	@GetMapping("/newsroom/password")
	String form(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new PageModels.PasswordPage(pages.chrome(staff, csrf, "password"), Map.of(),
				done == null ? null : "비밀번호를 바꿨습니다."));
		return "newsroom/password";
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
			model.addAttribute("page", new PageModels.PasswordPage(pages.chrome(staff, csrf, "password"), errors, null));
			return "newsroom/password";
		}
		// The user's other sessions and API tokens ended with the change (PasswordChanged); this one stays, under
		// a new id, so an id that leaked before the change is worth nothing after it.
		request.changeSessionId();
		return "redirect:/newsroom/password?done";
	}

}
