package kr.sinmun.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.search.DictionaryWord;
import kr.sinmun.search.Search;
import kr.sinmun.search.SearchRequest;
import kr.sinmun.search.SearchResults;
import kr.sinmun.search.Suggestion;
import kr.sinmun.section.Sections;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for readers' scripts and the site's own autocomplete (public), and the newsroom dictionary and index
 * rebuild (administrators).
 */
@RestController
class SearchApiController {

	private final Search search;

	private final Sections sections;

	private final SiteSettings publisher;

	private final AuditLog audit;

	SearchApiController(Search search, Sections sections, SiteSettings publisher, AuditLog audit) {
		this.search = search;
		this.sections = sections;
		this.publisher = publisher;
		this.audit = audit;
	}

	@GetMapping("/api/v1/search")
	Found search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String section, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page) {
		SearchRequest request = SearchRequest.parse(q, section, from, to, sort, page,
				slug -> sections.bySlug(slug).isPresent());
		Map<String, String> problems = new LinkedHashMap<>();
		// CASE: the page shows an empty form for no query; a script that sends none has made a mistake.
		if (request.text().isEmpty()) {
			problems.put("q", "검색어(q)를 입력해 주십시오.");
		}
		problems.putAll(request.problems());
		if (!problems.isEmpty()) {
			throw new ApiValidationException(problems);
		}
		SearchResults results = search.search(request.query(20));
		String base = publisher.current().baseUrl();
		return new Found(results.total(), results.totalIsLowerBound(), results.hits()
			.stream()
			.map(hit -> new FoundArticle(hit.id(), hit.headline(), base + hit.url(), hit.snippetHtml(),
					OffsetDateTime.ofInstant(hit.publishedAt(), KoreanDates.SEOUL), hit.sectionSlug()))
			.toList());
	}

	@GetMapping("/api/v1/search/suggest")
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(required = false) String q) {
		// Readers call this on every keystroke: browsers may reuse an answer for a minute.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofSeconds(60)).cachePublic())
			.body(search.suggest(q));
	}

	@GetMapping("/api/v1/search/dictionary")
	List<DictionaryWord> dictionary() {
		return search.dictionary();
	}

	@PostMapping("/api/v1/search/dictionary")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DictionaryWord addWord(@Valid @RequestBody WordRequest request, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		DictionaryWord word = new DictionaryWord(request.word().strip(),
				request.segmentation() == null || request.segmentation().isBlank() ? null : request.segmentation().strip());
		if (word.word().contains(" ")) {
			throw new ApiValidationException("word", "낱말(word)에는 띄어쓰기를 넣을 수 없습니다.");
		}
		if (word.segmentation() != null
				&& !word.segmentation().replace(" ", "").equals(word.word())) {
			throw new ApiValidationException("segmentation", "분해(segmentation)는 낱말을 띄어 쓴 형태여야 합니다. 예: 가람 전자");
		}
		search.addWord(word);
		audit.record(Door.API, owner.userId(), "검색 사전 추가", word.word(), word.segmentation());
		return word;
	}

	@DeleteMapping("/api/v1/search/dictionary/{word}")
	ResponseEntity<Void> removeWord(@PathVariable String word, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		if (!search.removeWord(word)) {
			throw new NoSuchWordException(word);
		}
		audit.record(Door.API, owner.userId(), "검색 사전 삭제", word, null);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/search/rebuild")
	@ResponseStatus(HttpStatus.ACCEPTED)
	RebuildAnswer rebuild(@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		boolean started = search.rebuild();
		audit.record(Door.API, owner.userId(), "검색 색인 재구축", "검색 색인", started ? "시작" : "진행 중인 재구축 뒤에 한 번 더");
		return new RebuildAnswer(started, started ? "검색 색인 재구축을 시작했습니다." : "이미 재구축 중입니다. 끝난 뒤 한 번 더 실행합니다.");
	}

	// Answers are records, not maps: every node writes the fields in the same order (a Map.of iterates in an
	// order salted per JVM), and the OpenAPI document can describe them.

	/** One page of search results. */
	/** {@code totalIsLowerBound}: at least {@code total} articles match; a later page may find more. */
	record Found(long total, boolean totalIsLowerBound, List<FoundArticle> items) {
	}

	/** One article found; the snippet is HTML with the matched words in {@code <mark>}. */
	record FoundArticle(long id, String headline, String url, String snippet, OffsetDateTime publishedAt,
			String section) {
	}

	/** Whether a rebuild started now or was queued behind the one running. */
	record RebuildAnswer(boolean started, String message) {
	}

	/** The dictionary has no such word. */
	static class NoSuchWordException extends RuntimeException {

		NoSuchWordException(String word) {
			super("사전에 없는 낱말입니다: " + word);
		}

	}

	record WordRequest(@NotBlank(message = "낱말(word)을 입력해 주십시오.") @Size(max = 60,
			message = "낱말(word)은 60자를 넘을 수 없습니다.") String word,
			@Size(max = 200, message = "분해(segmentation)는 200자를 넘을 수 없습니다.") String segmentation) {
	}

}
