package kr.sinmun.newsroom;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;
import kr.sinmun.series.SeriesFields;
import kr.sinmun.series.SeriesNotFoundException;
import kr.sinmun.series.SeriesSlugTakenException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 연재 관리, for the desk (editors and administrators): list, add, rename, describe, end (make inactive) and
 * reopen series. A series is never deleted: its episodes keep pointing at it. Every change goes to the audit log.
 */
@Controller
class SeriesAdminController {

	private final SeriesCatalog catalog;

	private final NewsroomPages pages;

	private final AuditLog audit;

	SeriesAdminController(SeriesCatalog catalog, NewsroomPages pages, AuditLog audit) {
		this.catalog = catalog;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/series")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		Permissions.requireDesk(staff);
		return page(staff, csrf, null, null, done == null ? null : "연재를 저장했습니다.", model);
	}

	// Everything arrives as text, so a bad value (a made-up id included) comes back in the form with a Korean
	// message instead of a binding error that loses what was typed.
	@PostMapping("/newsroom/series")
	String save(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String id,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String description, @RequestParam(required = false) String active,
			Model model, HttpServletResponse response) {
		Permissions.requireDesk(staff);
		Integer seriesId = null;
		if (!id.isBlank()) {
			seriesId = number(id);
			if (seriesId == null || catalog.byId(seriesId).isEmpty()) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 연재가 없습니다.");
			}
		}
		Map<String, String> problems = SeriesFields.problems(name, slug, description);
		SeriesAdminPage.Row typed = new SeriesAdminPage.Row(seriesId == null ? null : String.valueOf(seriesId), name,
				slug, description, active != null, null, problems);
		if (!problems.isEmpty()) {
			response.setStatus(400);
			return page(staff, csrf, typed, String.join(" ", problems.values()), null, model);
		}
		try {
			Series saved = catalog.save(seriesId, slug, name, description, active != null);
			audit.record(Door.NEWSROOM, staff.id(), seriesId == null ? "연재 추가" : "연재 변경", saved.slug(),
					saved.name() + (saved.active() ? " · 진행 중" : " · 끝남"));
		}
		catch (SeriesSlugTakenException ex) {
			response.setStatus(409);
			SeriesAdminPage.Row taken = new SeriesAdminPage.Row(typed.id(), name, slug, description, active != null, null,
					Map.of("slug", ex.getMessage()));
			return page(staff, csrf, taken, ex.getMessage(), null, model);
		}
		catch (SeriesNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 연재가 없습니다.");
		}
		return "redirect:/newsroom/series?done";
	}

	private String page(Staff staff, CsrfToken csrf, SeriesAdminPage.Row typed, String error, String notice, Model model) {
		List<SeriesAdminPage.Row> rows = catalog.all()
			.stream()
			.map(series -> typed != null && String.valueOf(series.id()).equals(typed.id()) ? typed
					: new SeriesAdminPage.Row(String.valueOf(series.id()), series.name(), series.slug(),
							series.description(), series.active(), series.active() ? series.url() : null, Map.of()))
			.toList();
		SeriesAdminPage.Row blank = typed != null && typed.id() == null ? typed
				: new SeriesAdminPage.Row(null, "", "", "", true, null, Map.of());
		model.addAttribute("page", new SeriesAdminPage(pages.chrome(staff, csrf, "series"), rows, blank, error, notice));
		return "newsroom/series";
	}

	private static Integer number(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
