package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.section.Section;
import kr.sinmun.section.SectionNestingException;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SlugTakenException;
import kr.sinmun.settings.BrandLogo;
import kr.sinmun.settings.InvalidLogoException;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.staticpage.StaticPage;
import kr.sinmun.staticpage.StaticPages;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Sections, static pages and the paper's settings, for administrators; every change goes to the audit log. */
@Controller
class SiteAdminController {

	private final Sections sections;

	private final StaticPages staticPages;

	private final SiteSettings settings;

	private final NewsroomPages pages;

	private final AuditLog audit;

	private final BrandLogo logos;

	SiteAdminController(Sections sections, StaticPages staticPages, SiteSettings settings, NewsroomPages pages,
			AuditLog audit, BrandLogo logos) {
		this.logos = logos;
		this.sections = sections;
		this.staticPages = staticPages;
		this.settings = settings;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/admin/sections")
	String sections(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		return sectionsPage(staff, csrf, null, null, done == null ? null : "섹션을 저장했습니다.", model);
	}

	@PostMapping("/newsroom/admin/sections")
	String saveSection(Staff staff, CsrfToken csrf, @RequestParam(required = false) Integer id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String position, @RequestParam(required = false) String inMenu,
			@RequestParam(defaultValue = "") String parent, Model model, HttpServletResponse response) {
		PageModels.SectionRow typed = new PageModels.SectionRow(id, name, slug, position, inMenu != null, parent.strip(),
				List.of());
		String problem = null;
		Integer order = null;
		Integer parentId = null;
		try {
			order = Integer.valueOf(position.strip());
		}
		catch (NumberFormatException ex) {
			problem = "순서는 숫자로 쓰십시오.";
		}
		if (!parent.isBlank()) {
			try {
				parentId = Integer.valueOf(parent.strip());
			}
			catch (NumberFormatException ex) {
				problem = "상위 섹션을 목록에서 고르십시오.";
			}
		}
		// The rules are the section module's, which the API asks as well.
		Map<String, String> typedWrong = Sections.problems(slug, name);
		if (!typedWrong.isEmpty()) {
			problem = typedWrong.values().iterator().next();
		}
		if (problem != null) {
			response.setStatus(400);
			return sectionsPage(staff, csrf, typed, problem, null, model);
		}
		try {
			Section saved = sections.save(id, slug.strip(), name.strip(), order, inMenu != null, parentId);
			String under = sections.parentOf(saved).map(p -> " · " + p.name() + "의 하위 섹션").orElse("");
			audit.record(Door.NEWSROOM, staff.id(), id == null ? "섹션 추가" : "섹션 변경", saved.slug(),
					saved.name() + " · 순서 " + saved.position() + (saved.inMenu() ? " · 메뉴에 표시" : " · 메뉴에서 숨김") + under);
		}
		catch (SlugTakenException ex) {
			response.setStatus(409);
			return sectionsPage(staff, csrf, typed, ex.getMessage(), null, model);
		}
		catch (SectionNestingException ex) {
			// CASE: the parent chosen cannot be one (a sub-section, the section itself, one with sub-sections).
			response.setStatus(400);
			return sectionsPage(staff, csrf, typed, ex.getMessage(), null, model);
		}
		catch (java.util.NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 섹션이 없습니다.");
		}
		return "redirect:/newsroom/admin/sections?done";
	}

	// Parents first, each followed by its sub-sections, as the 전체메뉴 shows them.
	private String sectionsPage(Staff staff, CsrfToken csrf, PageModels.SectionRow typed, String error, String notice,
			Model model) {
		List<Section> ordered = new ArrayList<>();
		for (Section section : sections.all()) {
			if (!section.isSubSection()) {
				ordered.add(section);
				ordered.addAll(sections.subSections(section.id()));
			}
		}
		var rows = ordered.stream()
			.map(section -> typed != null && typed.id() != null && typed.id() == section.id()
					? typed.withParents(parentOptions(section, typed.parent()))
					: new PageModels.SectionRow(section.id(), section.name(), section.slug(),
							String.valueOf(section.position()), section.inMenu(),
							section.parentId() == null ? "" : String.valueOf(section.parentId()),
							parentOptions(section, section.parentId() == null ? "" : String.valueOf(section.parentId()))))
			.toList();
		PageModels.SectionRow blank = typed != null && typed.id() == null ? typed.withParents(parentOptions(null, typed.parent()))
				: new PageModels.SectionRow(null, "", "", String.valueOf(sections.all().size() + 1), true, "",
						parentOptions(null, ""));
		model.addAttribute("page", new PageModels.SectionsPage(pages.chrome(staff, csrf, "sections"), rows, blank, error, notice));
		return "newsroom/sections";
	}

	/**
	 * The parents a section may take: top-level sections other than itself. A section with sub-sections is offered
	 * none (it stays top-level), but the one typed is kept selected so that a refused choice shows what was sent.
	 */
	private List<PageModels.Option> parentOptions(Section section, String chosen) {
		List<PageModels.Option> options = new ArrayList<>();
		options.add(new PageModels.Option("", "없음(최상위 섹션)", chosen.isEmpty()));
		boolean hasSubSections = section != null && !sections.subSections(section.id()).isEmpty();
		for (Section candidate : sections.all()) {
			String value = String.valueOf(candidate.id());
			boolean offered = !hasSubSections && !candidate.isSubSection() && (section == null || candidate.id() != section.id());
			if (offered || value.equals(chosen)) {
				options.add(new PageModels.Option(value, candidate.name(), value.equals(chosen)));
			}
		}
		return options;
	}

	@GetMapping("/newsroom/admin/pages")
	String staticPages(Staff staff, CsrfToken csrf, Model model) {
		model.addAttribute("page", new PageModels.StaticPagesPage(pages.chrome(staff, csrf, "pages"),
				staticPages.all().stream().map(page -> new PageModels.Option(page.slug(), page.title(), false)).toList()));
		return "newsroom/pages";
	}

	@GetMapping("/newsroom/admin/pages/{slug}")
	String staticPage(Staff staff, CsrfToken csrf, @PathVariable String slug, @RequestParam(required = false) String done,
			Model model) {
		StaticPage page = staticPages.bySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 페이지가 없습니다."));
		model.addAttribute("page", new PageModels.StaticPageForm(pages.chrome(staff, csrf, "pages"), slug, page.title(),
				page.bodyHtml(), null, done == null ? null : "저장했습니다. 허용되지 않는 HTML은 지워졌습니다."));
		return "newsroom/page";
	}

	@PostMapping("/newsroom/admin/pages/{slug}")
	String saveStaticPage(Staff staff, CsrfToken csrf, @PathVariable String slug,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String bodyHtml, Model model,
			HttpServletResponse response) {
		if (staticPages.bySlug(slug).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 페이지가 없습니다.");
		}
		String problem = title.isBlank() || title.strip().length() > 100 ? "제목을 100자 이내로 쓰십시오."
				: bodyHtml.isBlank() || bodyHtml.length() > 200_000 ? "본문을 20만 자 이내로 쓰십시오." : null;
		if (problem != null) {
			response.setStatus(400);
			model.addAttribute("page",
					new PageModels.StaticPageForm(pages.chrome(staff, csrf, "pages"), slug, title, bodyHtml, problem, null));
			return "newsroom/page";
		}
		staticPages.update(slug, title, bodyHtml);
		audit.record(Door.NEWSROOM, staff.id(), "페이지 변경", slug, title.strip());
		return "redirect:/newsroom/admin/pages/" + slug + "?done";
	}

	@GetMapping("/newsroom/admin/settings")
	String settings(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		return settingsPage(staff, csrf, settings.values(), Map.of(), done == null ? null
				: done.equals("logo") ? "로고를 바꿨습니다. 모든 화면이 새 로고를 씁니다." : "설정을 저장했습니다.", model);
	}

	/**
	 * Uploads or removes a logo. The file is checked and cleaned by {@link BrandLogo}; what it refuses comes back
	 * on the settings screen with its reason and status (400, or 413 for a file over the limit).
	 */
	@PostMapping("/newsroom/admin/settings/logo")
	String saveLogo(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String variant,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String remove,
			Model model, HttpServletResponse response) throws java.io.IOException {
		BrandLogo.Variant chosen = java.util.Arrays.stream(BrandLogo.Variant.values())
			.filter(v -> v.name().equals(variant))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			response.setStatus(400);
			return settingsPage(staff, csrf, settings.values(), Map.of("logo:LIGHT", "바꿀 로고(로고 또는 어두운 바탕용 로고)를 고르십시오."),
					null, model);
		}
		if (remove != null) {
			logos.remove(chosen);
			audit.record(Door.NEWSROOM, staff.id(), "로고 삭제", "설정", chosen.label());
			return "redirect:/newsroom/admin/settings?done=logo";
		}
		try {
			BrandLogo.BrandFile stored = logos.upload(chosen, file == null ? new byte[0] : file.getBytes());
			audit.record(Door.NEWSROOM, staff.id(), "로고 변경", "설정", chosen.label() + " · "
					+ (stored.mediaType().equals("image/svg+xml") ? "SVG" : "PNG") + " " + stored.width() + "×" + stored.height());
		}
		catch (InvalidLogoException ex) {
			response.setStatus(ex.status());
			return settingsPage(staff, csrf, settings.values(), Map.of("logo:" + chosen.name(), ex.getMessage()), null, model);
		}
		return "redirect:/newsroom/admin/settings?done=logo";
	}

	@PostMapping("/newsroom/admin/settings")
	String saveSettings(Staff staff, CsrfToken csrf, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Map<String, String> values = new LinkedHashMap<>();
		SiteSettings.EDITABLE.keySet().forEach(key -> values.put(key, form.getOrDefault(key, "")));
		Map<String, String> errors = new LinkedHashMap<>();
		if (values.get("name").isBlank() || values.get("name").strip().length() > 40) {
			errors.put("name", "신문 이름을 40자 이내로 쓰십시오.");
		}
		values.forEach((key, value) -> {
			if (value.length() > 300) {
				errors.putIfAbsent(key, SiteSettings.EDITABLE.get(key) + KoreanParticles.topicOf(SiteSettings.EDITABLE.get(key))
						+ " 300자 이내여야 합니다.");
			}
			if (key.endsWith("-site-verification") && !value.isBlank() && !value.strip().matches("[A-Za-z0-9_=:.-]{1,200}")) {
				errors.putIfAbsent(key, SiteSettings.EDITABLE.get(key) + "에는 포털이 준 코드(영문·숫자)만 넣으십시오.");
			}
			String problem = SiteSettings.fieldProblem(key, value);
			if (problem != null) {
				errors.putIfAbsent(key, problem);
			}
		});
		String colorProblem = SiteSettings.brandColorProblem(values.get("brandColor"));
		if (colorProblem != null) {
			errors.putIfAbsent("brandColor", colorProblem);
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return settingsPage(staff, csrf, values, errors, null, model);
		}
		Map<String, String> before = settings.values();
		settings.update(values);
		String changed = values.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().strip().equals(before.getOrDefault(entry.getKey(), "")))
			.map(entry -> SiteSettings.EDITABLE.get(entry.getKey()) + "=" + entry.getValue().strip())
			.collect(java.util.stream.Collectors.joining(", "));
		audit.record(Door.NEWSROOM, staff.id(), "사이트 설정 변경", "설정", changed.isEmpty() ? "변경 없음" : changed);
		return "redirect:/newsroom/admin/settings?done";
	}

	private String settingsPage(Staff staff, CsrfToken csrf, Map<String, String> values, Map<String, String> errors,
			String notice, Model model) {
		model.addAttribute("page", new PageModels.SettingsPage(pages.chrome(staff, csrf, "settings"),
				SiteSettings.EDITABLE.entrySet()
					.stream()
					.map(entry -> new PageModels.SettingField(entry.getKey(), entry.getValue(), values.getOrDefault(entry.getKey(), ""),
							errors.get(entry.getKey())))
					.toList(),
				java.util.Arrays.stream(BrandLogo.Variant.values())
					.map(variant -> new PageModels.LogoField(variant.name(), variant.label(),
							variant == BrandLogo.Variant.LIGHT
									? "머리(마스트헤드)에 신문 이름 대신 쓰이고, 탭 아이콘·홈 화면 아이콘·링크 미리보기 이미지도 이 로고로 만듭니다."
									: "어두운 바닥글(푸터)에 쓰입니다. 없으면 바닥글에 신문 이름을 글자로 씁니다.",
							logos.logo(variant).map(BrandLogo.BrandFile::url).orElse(null), variant == BrandLogo.Variant.DARK,
							errors.get("logo:" + variant.name())))
					.toList(),
				notice));
		return "newsroom/settings";
	}

}
