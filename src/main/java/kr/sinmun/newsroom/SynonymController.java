package kr.sinmun.newsroom;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.search.DuplicateSynonymException;
import kr.sinmun.search.InvalidSynonymException;
import kr.sinmun.search.Search;
import kr.sinmun.search.SearchMisses;
import kr.sinmun.search.SynonymEntry;
import kr.sinmun.search.SynonymNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 검색 동의어: the desk keeps the synonym dictionary that reader searches are expanded with (전기차 = EV,
 * 국토부 → 국토교통부). A change applies to searches on every node within moments; nothing is re-indexed.
 */
@Controller
class SynonymController {

	private final Search search;

	private final NewsroomPages pages;

	private final AuditLog audit;

	SynonymController(Search search, NewsroomPages pages, AuditLog audit) {
		this.search = search;
		this.pages = pages;
		this.audit = audit;
	}

	@GetMapping("/newsroom/synonyms")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String q,
			@RequestParam(required = false) String done, @RequestParam(required = false) String words, Model model) {
		Permissions.requireDesk(staff);
		String notice = done == null ? null : switch (done) {
			case "deleted" -> "항목을 지웠습니다. 검색에 바로 반영됩니다.";
			default -> "저장했습니다. 검색에 바로 반영됩니다.";
		};
		// CASE: 통계 links a search that found nothing here, with the term ready in the form (?words=).
		String prefilled = words == null ? "" : words.strip();
		if (prefilled.length() > SearchMisses.MAX_TERM_LENGTH) {
			prefilled = prefilled.substring(0, SearchMisses.MAX_TERM_LENGTH);
		}
		return listPage(staff, csrf, q, new PageModels.SynonymForm("GROUP", prefilled, ""), Map.of(), notice, model);
	}

	@PostMapping("/newsroom/synonyms")
	String add(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String words, @RequestParam(defaultValue = "") String expandsTo, Model model,
			HttpServletResponse response) {
		Permissions.requireDesk(staff);
		PageModels.SynonymForm typed = new PageModels.SynonymForm(kind, words, expandsTo);
		try {
			SynonymEntry stored = search.addSynonym(entry(typed));
			audit.record(Door.NEWSROOM, staff.id(), "검색 동의어 추가", stored.describe(), stored.kind().label());
			return "redirect:/newsroom/synonyms?done=added";
		}
		catch (InvalidSynonymException ex) {
			response.setStatus(400);
			return listPage(staff, csrf, null, typed, ex.problems(), null, model);
		}
		catch (DuplicateSynonymException ex) {
			response.setStatus(409);
			return listPage(staff, csrf, null, typed, Map.of("entry", ex.getMessage()), null, model);
		}
	}

	@GetMapping("/newsroom/synonyms/{id}")
	String edit(Staff staff, CsrfToken csrf, @PathVariable long id, Model model) {
		Permissions.requireDesk(staff);
		SynonymEntry entry = found(id);
		return editPage(staff, csrf, id, new PageModels.SynonymForm(entry.kind().name(), String.join(", ", entry.words()),
				String.join(", ", entry.expandsTo())), Map.of(), model);
	}

	@PostMapping("/newsroom/synonyms/{id}")
	String replace(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String words, @RequestParam(defaultValue = "") String expandsTo, Model model,
			HttpServletResponse response) {
		Permissions.requireDesk(staff);
		PageModels.SynonymForm typed = new PageModels.SynonymForm(kind, words, expandsTo);
		try {
			SynonymEntry stored = search.replaceSynonym(id, entry(typed));
			audit.record(Door.NEWSROOM, staff.id(), "검색 동의어 변경", stored.describe(), stored.kind().label());
			return "redirect:/newsroom/synonyms?done=saved";
		}
		catch (SynonymNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 동의어 항목이 없습니다.");
		}
		catch (InvalidSynonymException ex) {
			response.setStatus(400);
			return editPage(staff, csrf, id, typed, ex.problems(), model);
		}
		catch (DuplicateSynonymException ex) {
			response.setStatus(409);
			return editPage(staff, csrf, id, typed, Map.of("entry", ex.getMessage()), model);
		}
	}

	@PostMapping("/newsroom/synonyms/{id}/delete")
	String delete(Staff staff, @PathVariable long id) {
		Permissions.requireDesk(staff);
		try {
			SynonymEntry removed = search.removeSynonym(id);
			audit.record(Door.NEWSROOM, staff.id(), "검색 동의어 삭제", removed.describe(), removed.kind().label());
		}
		catch (SynonymNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 동의어 항목이 없습니다.");
		}
		return "redirect:/newsroom/synonyms?done=deleted";
	}

	private SynonymEntry found(long id) {
		try {
			return search.synonym(id);
		}
		catch (SynonymNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 동의어 항목이 없습니다.");
		}
	}

	private static SynonymEntry entry(PageModels.SynonymForm form) {
		SynonymEntry.Kind kind = switch (form.kind()) {
			case "GROUP" -> SynonymEntry.Kind.GROUP;
			case "EXPANSION" -> SynonymEntry.Kind.EXPANSION;
			default -> null;
		};
		return new SynonymEntry(null, kind, SynonymEntry.split(form.words()), SynonymEntry.split(form.expandsTo()));
	}

	private String listPage(Staff staff, CsrfToken csrf, String filter, PageModels.SynonymForm form,
			Map<String, String> errors, String notice, Model model) {
		List<SynonymEntry> all = search.synonyms();
		String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
		List<PageModels.SynonymRow> rows = all.stream()
			.filter(entry -> wanted.isEmpty() || entry.words().stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).contains(wanted))
					|| entry.expandsTo().stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).contains(wanted)))
			.map(entry -> new PageModels.SynonymRow(entry.id(), entry.kind().label(), String.join(", ", entry.words()),
					String.join(", ", entry.expandsTo())))
			.toList();
		String shown = filter == null ? "" : filter.strip();
		String empty = shown.isEmpty() ? "사전에 항목이 없습니다."
				: "‘" + shown + "’" + KoreanParticles.subjectOf(shown) + " 든 항목이 없습니다.";
		model.addAttribute("page", new PageModels.SynonymsPage(pages.chrome(staff, csrf, "synonyms"), rows, all.size(),
				shown, empty, form, errors, notice));
		return "newsroom/synonyms";
	}

	private String editPage(Staff staff, CsrfToken csrf, long id, PageModels.SynonymForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("page", new PageModels.SynonymPage(pages.chrome(staff, csrf, "synonyms"), id, form, errors));
		return "newsroom/synonym";
	}

}
