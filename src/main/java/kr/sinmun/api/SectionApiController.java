package kr.sinmun.api;

import java.util.List;

import kr.sinmun.section.Sections;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SectionApiController {

	private final Sections sections;

	SectionApiController(Sections sections) {
		this.sections = sections;
	}

	@GetMapping("/api/v1/sections")
	List<SectionResponse> sections() {
		return sections.all().stream().map(s -> new SectionResponse(s.slug(), s.name(), s.position(), s.inMenu())).toList();
	}

	record SectionResponse(String slug, String name, int order, boolean inMenu) {
	}

}
