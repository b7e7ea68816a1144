package kr.sinmun.newsroom;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.people.Account;
import kr.sinmun.people.AccountChange;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.PasswordRules;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accounts and roles, for administrators only (the security chain and each method's {@link Staff} both say so). */
@Controller
class UserAdminController {

	private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._-]{3,60}");

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final People people;

	private final NewsroomPages pages;

	private final Clock clock;

	private final AuditLog audit;

	private final ReporterPortraits portraits;

	UserAdminController(People people, NewsroomPages pages, Clock clock, AuditLog audit,
			ReporterPortraits portraits) {
		this.portraits = portraits;
		this.people = people;
		this.pages = pages;
		this.clock = clock;
		this.audit = audit;
	}

	@GetMapping("/newsroom/admin/users")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		requireAdmin(staff);
		List<PageModels.UserRow> rows = people.accounts()
			.stream()
			.map(account -> new PageModels.UserRow(account.id(), account.username(), account.displayName(),
					account.email() == null ? "" : account.email(), account.role().label(), account.enabled(),
					account.lockedAt(clock.instant())))
			.toList();
		model.addAttribute("page", new PageModels.UsersPage(pages.chrome(staff, csrf, "users"), rows,
				done == null ? null : "저장했습니다."));
		return "newsroom/users";
	}

	@GetMapping("/newsroom/admin/users/new")
	String newUser(Staff staff, CsrfToken csrf, Model model) {
		requireAdmin(staff);
		return show(staff, csrf, null, new PageModels.UserForm("", "", "", "REPORTER", "", "on", ""), Map.of(), null, model);
	}

	@PostMapping("/newsroom/admin/users/new")
	String create(Staff staff, CsrfToken csrf, @ModelAttribute PageModels.UserForm form, Model model,
			HttpServletResponse response) {
		requireAdmin(staff);
		Map<String, String> errors = problems(form, true);
		if (!errors.isEmpty()) {
			response.setStatus(errors.containsKey("username") && people.exists(text(form.username())) ? 409 : 400);
			return show(staff, csrf, null, form, errors, null, model);
		}
		people.create(new NewUser(text(form.username()), form.password(), text(form.displayName()),
				blank(form.email()), Role.valueOf(form.role()), blank(form.bio())));
		audit.record(Door.NEWSROOM, staff.id(), "사용자 생성", text(form.username()), text(form.displayName()) + " · "
				+ Role.valueOf(form.role()).label());
		return "redirect:/newsroom/admin/users?done";
	}

	@GetMapping("/newsroom/admin/users/{id}")
	String edit(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(required = false) String done,
			Model model) {
		requireAdmin(staff);
		Account account = account(id);
		return show(staff, csrf, id, new PageModels.UserForm(account.username(), account.displayName(),
				account.email() == null ? "" : account.email(), account.role().name(),
				account.bio() == null ? "" : account.bio(), account.enabled() ? "on" : "", ""), Map.of(),
				done == null ? null : "저장했습니다.", model);
	}

	@PostMapping("/newsroom/admin/users/{id}")
	String update(Staff staff, CsrfToken csrf, @PathVariable long id, @ModelAttribute PageModels.UserForm form,
			Model model, HttpServletResponse response) {
		requireAdmin(staff);
		Account account = account(id);
		PageModels.UserForm shown = new PageModels.UserForm(account.username(), form.displayName(), form.email(), form.role(),
				form.bio(), form.enabled(), "");
		Map<String, String> errors = problems(shown, false);
		// CASE: an administrator who demotes or disables themselves could leave the paper with no administrator.
		if (id == staff.id() && (!"ADMIN".equals(form.role()) || form.enabled() == null)) {
			errors.put("role", "자기 자신의 관리자 권한을 없애거나 계정을 막을 수는 없습니다.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return show(staff, csrf, id, shown, errors, null, model);
		}
		people.update(id, new AccountChange(text(form.displayName()), blank(form.email()), Role.valueOf(form.role()),
				blank(form.bio()), form.enabled() != null));
		audit.record(Door.NEWSROOM, staff.id(), "사용자 변경", account.username(), text(form.displayName()) + " · "
				+ Role.valueOf(form.role()).label() + (form.enabled() != null ? " · 사용 중" : " · 사용 중지"));
		return "redirect:/newsroom/admin/users/" + id + "?done";
	}

	/** A reset sets a new password chosen by the administrator and lifts a lockout. */
	@PostMapping("/newsroom/admin/users/{id}/password")
	String reset(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(defaultValue = "") String password,
			Model model, HttpServletResponse response) {
		requireAdmin(staff);
		Account account = account(id);
		String problem = PasswordRules.problem(password);
		if (problem != null) {
			response.setStatus(400);
			return show(staff, csrf, id, new PageModels.UserForm(account.username(), account.displayName(),
					account.email() == null ? "" : account.email(), account.role().name(),
					account.bio() == null ? "" : account.bio(), account.enabled() ? "on" : "", ""),
					Map.of("password", problem), null, model);
		}
		people.resetPassword(id, password);
		audit.record(Door.NEWSROOM, staff.id(), "비밀번호 초기화", account.username(), null);
		return "redirect:/newsroom/admin/users/" + id + "?done";
	}

	/** The reporter's portrait: stored like any photo, and the thumbnail copy is what the public page shows. */
	@PostMapping("/newsroom/admin/users/{id}/photo")
	String photo(Staff staff, CsrfToken csrf, @PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			Model model, HttpServletResponse response) throws java.io.IOException {
		requireAdmin(staff);
		Account account = account(id);
		ReporterPortraits.Outcome outcome = portraits.replace(id, file);
		if (outcome.problem() == null) {
			audit.record(Door.NEWSROOM, staff.id(), "기자 사진 변경", account.username(), "새 사진");
			return "redirect:/newsroom/admin/users/" + id + "?done";
		}
		String problem = outcome.problem();
		response.setStatus(400);
		return show(staff, csrf, id, new PageModels.UserForm(account.username(), account.displayName(),
				account.email() == null ? "" : account.email(), account.role().name(),
				account.bio() == null ? "" : account.bio(), account.enabled() ? "on" : "", ""), Map.of("photo", problem),
				null, model);
	}

	private String show(Staff staff, CsrfToken csrf, Long id, PageModels.UserForm form, Map<String, String> errors,
			String notice, Model model) {
		List<PageModels.Option> roles = Arrays.stream(Role.values())
			.map(role -> new PageModels.Option(role.name(), role.label(), role.name().equals(form.role())))
			.toList();
		model.addAttribute("page", new PageModels.UserPage(pages.chrome(staff, csrf, "users"), id, form, errors, roles, notice));
		return "newsroom/user";
	}

	private Map<String, String> problems(PageModels.UserForm form, boolean creating) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (creating) {
			String username = text(form.username());
			if (!USERNAME.matcher(username).matches()) {
				errors.put("username", "아이디는 영문 소문자, 숫자, 점, 밑줄, 하이픈으로 3~60자여야 합니다.");
			}
			else if (people.exists(username)) {
				errors.put("username", "이미 쓰이는 아이디입니다.");
			}
			String problem = PasswordRules.problem(form.password());
			if (problem != null) {
				errors.put("password", problem);
			}
		}
		String name = text(form.displayName());
		if (name.isEmpty() || name.length() > 60) {
			errors.put("displayName", "이름(바이라인)을 60자 이내로 쓰십시오.");
		}
		String email = text(form.email());
		if (!email.isEmpty() && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			errors.put("email", "이메일 주소 형식이 아닙니다.");
		}
		if (form.role() == null || Arrays.stream(Role.values()).noneMatch(role -> role.name().equals(form.role()))) {
			errors.put("role", "역할을 고르십시오.");
		}
		if (form.bio() != null && form.bio().length() > 2000) {
			errors.put("bio", "소개는 2000자 이내로 쓰십시오.");
		}
		return errors;
	}

	private Account account(long id) {
		return people.account(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND, "그런 계정이 없습니다."));
	}

	private static void requireAdmin(Staff staff) {
		if (!staff.isAdmin()) {
			throw new org.springframework.security.access.AccessDeniedException("관리자만 할 수 있는 일입니다.");
		}
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
