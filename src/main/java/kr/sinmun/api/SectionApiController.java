package kr.sinmun.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.section.InvalidSectionException;
import kr.sinmun.section.Section;
import kr.sinmun.section.SectionNestingException;
import kr.sinmun.section.Sections;
import kr.sinmun.section.SlugTakenException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sections for every token, and adding or changing one for administrators, with the rules of the newsroom's
 * section screen (the section module's): a parent is a top-level section other than the section itself, and a
 * section with sub-sections stays top-level. Sections are named by slug, parents too.
 */
@RestController
class SectionApiController {

	private final Sections sections;

	private final AuditLog audit;

	SectionApiController(Sections sections, AuditLog audit) {
		this.sections = sections;
		this.audit = audit;
	}

	@GetMapping("/api/v1/sections")
	List<SectionResponse> sections() {
		return sections.all().stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/sections/{slug}")
	SectionResponse section(@PathVariable String slug) {
		return response(existing(slug));
	}

	@PostMapping("/api/v1/sections")
	ResponseEntity<SectionResponse> add(@RequestBody SectionRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		// A new section goes last and is shown, as the newsroom's blank form proposes.
		Section saved = save(null, request, request.order() == null ? sections.all().size() + 1 : request.order(),
				request.inMenu() == null || request.inMenu(), owner);
		return ResponseEntity.created(URI.create("/api/v1/sections/" + saved.slug())).body(response(saved));
	}

	@PutMapping("/api/v1/sections/{slug}")
	SectionResponse replace(@PathVariable String slug, @RequestBody SectionRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		Section current = existing(slug);
		return response(save(current, request, request.order() == null ? current.position() : request.order(),
				request.inMenu() == null ? current.inMenu() : request.inMenu(), owner));
	}

	private Section save(Section current, SectionRequest request, int order, boolean inMenu,
			ApiTokens.TokenOwner owner) {
		Map<String, String> problems = new LinkedHashMap<>(Sections.problems(request.slug(), request.name()));
		Integer parentId = null;
		if (request.parent() != null && !request.parent().isBlank()) {
			// CASE: a parent named by a slug no section has (or by a number, which is no slug).
			parentId = sections.bySlug(request.parent().strip()).map(Section::id).orElse(null);
			if (parentId == null) {
				problems.put("parent", "상위 섹션(parent)이 없습니다: " + shortened(request.parent())
						+ ". GET /api/v1/sections의 slug로 쓰거나, 최상위 섹션이면 null로 보내십시오.");
			}
		}
		if (!problems.isEmpty()) {
			throw new ApiValidationException(problems);
		}
		try {
			Section saved = sections.save(current == null ? null : current.id(), request.slug().strip(),
					request.name().strip(), order, inMenu, parentId);
			String under = sections.parentOf(saved).map(p -> " · " + p.name() + "의 하위 섹션").orElse("");
			audit.record(Door.API, owner.userId(), current == null ? "섹션 추가" : "섹션 변경", saved.slug(),
					saved.name() + " · 순서 " + saved.position() + (saved.inMenu() ? " · 메뉴에 표시" : " · 메뉴에서 숨김")
							+ under);
			return saved;
		}
		catch (SectionNestingException ex) {
			throw new ApiValidationException("parent", ex.getMessage());
		}
		catch (InvalidSectionException ex) {
			throw new ApiValidationException(ex.problems());
		}
		catch (SlugTakenException ex) {
			throw new SectionConflictException(ex.getMessage());
		}
		catch (java.util.NoSuchElementException ex) {
			// CASE: the section was looked up by its slug, then removed from the database before the update.
			throw new ApiNotFoundException("섹션이 없습니다: " + shortened(request.slug()));
		}
	}

	private Section existing(String slug) {
		return sections.bySlug(slug).orElseThrow(() -> new ApiNotFoundException("섹션이 없습니다: " + shortened(slug)));
	}

	// An error message repeats what was sent, but not a megabyte of it.
	private static String shortened(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private SectionResponse response(Section section) {
		return new SectionResponse(section.slug(), section.name(), section.position(), section.inMenu(),
				sections.parentOf(section).map(Section::slug).orElse(null));
	}

	/**
	 * A section as sent: {@code parent} the slug of the section it goes under (null or absent: top-level);
	 * {@code order} and {@code inMenu} absent keep what the section has (a new one: last, shown).
	 */
	record SectionRequest(String slug, String name, Integer order, Boolean inMenu, String parent) {
	}

	/**
	 * A section: {@code parent} is the slug of the section it is a sub-section of, null for a top-level one (written
	 * out, unlike other absent values, so that a client reads "top-level" rather than "not said").
	 */
	record SectionResponse(String slug, String name, int order, boolean inMenu,
			@JsonInclude(JsonInclude.Include.ALWAYS) String parent) {
	}

	/** Another section answers at the slug asked for. */
	static class SectionConflictException extends RuntimeException {

		SectionConflictException(String message) {
			super(message);
		}

	}

}
