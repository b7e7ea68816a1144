package kr.sinmun.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.search.QueryExplanation;
import kr.sinmun.search.Search;
import kr.sinmun.search.SynonymEntry;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The synonym dictionary (동의어·약어 사전) and how a query is read, for the desk and administrators. A change
 * applies to every node's searches within moments, without rebuilding the index.
 */
@RestController
class SynonymApiController {

	private final Search search;

	private final AuditLog audit;

	SynonymApiController(Search search, AuditLog audit) {
		this.search = search;
		this.audit = audit;
	}

	@GetMapping("/api/v1/search/synonyms")
	List<SynonymAnswer> synonyms() {
		return search.synonyms().stream().map(SynonymAnswer::of).toList();
	}

	@GetMapping("/api/v1/search/synonyms/{id}")
	SynonymAnswer synonym(@PathVariable long id) {
		return SynonymAnswer.of(search.synonym(id));
	}

	@PostMapping("/api/v1/search/synonyms")
	ResponseEntity<SynonymAnswer> add(@RequestBody SynonymRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		SynonymEntry stored = search.addSynonym(request.entry());
		audit.record(Door.API, owner.userId(), "검색 동의어 추가", stored.describe(), stored.kind().label());
		return ResponseEntity.created(URI.create("/api/v1/search/synonyms/" + stored.id())).body(SynonymAnswer.of(stored));
	}

	@PutMapping("/api/v1/search/synonyms/{id}")
	SynonymAnswer replace(@PathVariable long id, @RequestBody SynonymRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		SynonymEntry stored = search.replaceSynonym(id, request.entry());
		audit.record(Door.API, owner.userId(), "검색 동의어 변경", stored.describe(), stored.kind().label());
		return SynonymAnswer.of(stored);
	}

	@DeleteMapping("/api/v1/search/synonyms/{id}")
	ResponseEntity<Void> remove(@PathVariable long id, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		SynonymEntry removed = search.removeSynonym(id);
		audit.record(Door.API, owner.userId(), "검색 동의어 삭제", removed.describe(), removed.kind().label());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/search/explain")
	QueryExplanation explain(@RequestParam(required = false) String q) {
		if (q == null || q.isBlank()) {
			throw new ApiValidationException("q", "검색어(q)를 입력해 주십시오.");
		}
		return search.explain(q);
	}

	/**
	 * An entry as sent: {@code kind} is {@code group} (the words find each other) or {@code expansion} (the
	 * {@code words}, short forms, also find {@code expandsTo}).
	 */
	record SynonymRequest(String kind, List<String> words, List<String> expandsTo) {

		SynonymEntry entry() {
			SynonymEntry.Kind parsed = kind == null ? null : switch (kind.strip().toLowerCase(Locale.ROOT)) {
				case "group" -> SynonymEntry.Kind.GROUP;
				case "expansion" -> SynonymEntry.Kind.EXPANSION;
				default -> null;
			};
			return new SynonymEntry(null, parsed, words, expandsTo);
		}

	}

	/** A stored entry; {@code expandsTo} is empty for a group. */
	record SynonymAnswer(long id, String kind, List<String> words, List<String> expandsTo) {

		static SynonymAnswer of(SynonymEntry entry) {
			return new SynonymAnswer(entry.id(), entry.kind().name().toLowerCase(Locale.ROOT), entry.words(),
					entry.expandsTo());
		}

	}

}
