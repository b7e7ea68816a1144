package kr.sinmun.newsroom;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleNotFoundException;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;
import kr.sinmun.article.BreakingNews;
import kr.sinmun.article.InvalidArticleException;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.search.Search;
import kr.sinmun.search.Suggestion;
import kr.sinmun.settings.SiteSettings;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's 관련기사·속보 panel: pinning related articles (with the picker's search as the desk types) and
 * marking the article 속보 until a time. Both are saved apart from the text, so neither waits for nor disturbs
 * autosave; a refused change re-shows the editor with what the desk chose and why, in Korean.
 */
@Controller
class ArticleEndController {

	// An article's address on this paper: /news/123, with or without a trailing slug.
	private static final Pattern ARTICLE_PATH = Pattern.compile("/news/(\\d{1,18})(?:/.*)?");

	private static final int CANDIDATES = 8;

	private final Articles articles;

	private final BreakingNews breaking;

	private final Search search;

	private final SiteSettings publisher;

	private final EditorPages editors;

	private final AuditLog audit;

	ArticleEndController(Articles articles, BreakingNews breaking, Search search, SiteSettings publisher,
			EditorPages editors, AuditLog audit) {
		this.articles = articles;
		this.breaking = breaking;
		this.search = search;
		this.publisher = publisher;
		this.editors = editors;
		this.audit = audit;
	}

	/** A typed id, article address or headline words that cannot be used, with the reason in Korean. */
	static final class Unusable extends RuntimeException {

		Unusable(String message) {
			super(message);
		}

	}

	/**
	 * Saves the pinned 관련기사: {@code related} in the order listed, and {@code add}, an id or article address
	 * typed into the picker (what a browser without scripts sends), at the end.
	 */
	@PostMapping("/newsroom/articles/{id}/related")
	String pin(Staff staff, CsrfToken csrf, @PathVariable long id,
			@RequestParam(name = "related", required = false) List<String> related,
			@RequestParam(defaultValue = "") String add, Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		if (!ArticleWorkflow.mayPinRelated(staff.role(), staff.id(), article)) {
			throw new AccessDeniedException("관련기사는 이 기사를 고칠 수 있는 사람만 고를 수 있습니다.");
		}
		List<Long> chosen = new ArrayList<>();
		String problem = null;
		for (String value : related == null ? List.<String>of() : related) {
			Long number = number(value);
			if (number == null) {
				problem = "관련기사 번호 ‘" + value + "’" + KoreanParticles.objectOf(value) + " 읽을 수 없습니다. 목록에서 다시 고르십시오.";
			}
			else {
				chosen.add(number);
			}
		}
		if (problem == null && !add.isBlank()) {
			try {
				chosen.add(articleIdOf(add));
			}
			catch (Unusable ex) {
				problem = ex.getMessage();
			}
		}
		if (problem == null) {
			try {
				articles.pinRelated(id, chosen, staff.id());
				audit.record(Door.NEWSROOM, staff.id(), "관련기사 고정", "기사 " + id, chosen.toString());
				return "redirect:/newsroom/articles/" + id + "?done=related#article-end";
			}
			catch (InvalidArticleException ex) {
				problem = ex.problems().getOrDefault("related", ex.getMessage());
			}
		}
		response.setStatus(400);
		PageModels.EditorPage page = editors.editor(staff, csrf, article, ArticleForm.of(article), Map.of("related", problem),
				null, null, new PageModels.LocalCopy(null, false));
		model.addAttribute("page", page.withArticleEnd(page.articleEnd().withPinned(typed(chosen))));
		return "newsroom/editor";
	}

	/**
	 * The picker's choices for what the desk has typed: headlines that match (the search module's autocomplete),
	 * or the one article a pasted address or typed number names. Answers 400 with a Korean message for an
	 * address of another site.
	 */
	@GetMapping(path = "/newsroom/articles/{id}/related/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> candidates(Staff staff, @PathVariable long id,
			@RequestParam(defaultValue = "") String q) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		String typed = q.strip();
		List<Long> ids = new ArrayList<>();
		if (typed.isEmpty()) {
			return ResponseEntity.ok(Map.of("items", List.of()));
		}
		if (looksLikeAddress(typed)) {
			try {
				ids.add(articleIdOf(typed));
			}
			catch (Unusable ex) {
				return ResponseEntity.badRequest().body(Map.of("message", ex.getMessage(), "items", List.of()));
			}
		}
		else {
			for (Suggestion suggestion : search.suggest(typed)) {
				Matcher matcher = ARTICLE_PATH.matcher(suggestion.url());
				if (suggestion.kind() == Suggestion.Kind.HEADLINE && matcher.matches()) {
					ids.add(Long.parseLong(matcher.group(1)));
				}
			}
		}
		ids.remove(Long.valueOf(id));
		List<Map<String, Object>> items = new ArrayList<>();
		for (PageModels.Pin pin : editors.pins(articles.visible(ids.stream().distinct().limit(CANDIDATES).toList()))) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", pin.id());
			item.put("headline", pin.headline());
			item.put("meta", pin.meta());
			items.add(item);
		}
		return ResponseEntity.ok(Map.of("items", items));
	}

	/** Marks the article 속보 until {@code until} (Korean time), or with {@code action=clear} lifts the mark. */
	@PostMapping("/newsroom/articles/{id}/breaking")
	String breaking(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(defaultValue = "") String until,
			@RequestParam(defaultValue = "mark") String action, Model model, HttpServletResponse response) {
		ArticleDetail article = find(id);
		Permissions.requireView(articles, staff, article);
		if (!ArticleWorkflow.mayMarkBreaking(staff.role())) {
			throw new AccessDeniedException("속보는 데스크와 관리자만 걸고 내릴 수 있습니다.");
		}
		if (action.equals("clear")) {
			breaking.unmark(id);
			audit.record(Door.NEWSROOM, staff.id(), "속보 해제", "기사 " + id, article.headline());
			return "redirect:/newsroom/articles/" + id + "?done=breakingCleared#article-end";
		}
		String problem;
		Instant end = localTime(until);
		if (end == null) {
			problem = "속보를 내릴 시각을 '2026-12-01 09:00'처럼 정확히 넣으십시오.";
		}
		else {
			try {
				breaking.mark(id, end, staff.id());
				audit.record(Door.NEWSROOM, staff.id(), "속보 지정", "기사 " + id,
						article.headline() + " · " + KoreanDates.stamp(end) + "까지");
				return "redirect:/newsroom/articles/" + id + "?done=breaking#article-end";
			}
			catch (InvalidArticleException ex) {
				problem = ex.problems().getOrDefault("breakingUntil", ex.getMessage());
			}
		}
		response.setStatus(400);
		PageModels.EditorPage page = editors.editor(staff, csrf, article, ArticleForm.of(article),
				Map.of("breakingUntil", problem), null, null, new PageModels.LocalCopy(null, false));
		model.addAttribute("page", page.withArticleEnd(page.articleEnd().withBreakingInput(until)));
		return "newsroom/editor";
	}

	/** The pins as the desk chose them, known or not, so a refused form shows what was chosen. */
	private List<PageModels.Pin> typed(List<Long> chosen) {
		Map<Long, PageModels.Pin> known = new LinkedHashMap<>();
		editors.pins(articles.summaries(chosen)).forEach(pin -> known.put(pin.id(), pin));
		return chosen.stream()
			.distinct()
			.map(one -> known.getOrDefault(one, new PageModels.Pin(one, one + "번 기사", "찾을 수 없음")))
			.toList();
	}

	private static boolean looksLikeAddress(String typed) {
		return typed.chars().allMatch(Character::isDigit) || typed.contains("/") || typed.contains(".");
	}

	/** The article an id or address typed into the picker names, on this paper. */
	private long articleIdOf(String typed) {
		String value = typed.strip();
		Long number = number(value);
		if (number != null) {
			return number;
		}
		URI address;
		try {
			address = new URI(value.contains("://") ? value : "http://" + value);
		}
		catch (URISyntaxException ex) {
			throw new Unusable("‘" + value + "’" + KoreanParticles.topicOf(value) + " 기사 번호나 주소로 읽히지 않습니다. 제목으로 찾아 목록에서 고르십시오.");
		}
		String ours = hostOf(publisher.current().baseUrl());
		String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
		if (!value.startsWith("/") && !Objects.equals(host, ours)) {
			throw new Unusable("다른 신문(" + host + ")의 기사 주소입니다. 관련기사로는 이 신문의 기사만 걸 수 있습니다.");
		}
		Matcher matcher = ARTICLE_PATH.matcher(address.getPath() == null ? "" : address.getPath());
		if (!matcher.matches()) {
			throw new Unusable("기사 주소가 아닙니다. 기사 주소는 /news/번호 꼴입니다.");
		}
		return Long.parseLong(matcher.group(1));
	}

	private static String hostOf(String url) {
		try {
			String host = new URI(url).getHost();
			return host == null ? "" : host.toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException ex) {
			return "";
		}
	}

	private static Long number(String value) {
		String digits = value == null ? "" : value.strip();
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return null;
		}
		return Long.parseLong(digits);
	}

	// The desk types times in Korean time, to the minute.
	private static Instant localTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T'), EditorPages.LOCAL_INPUT)
				.atZone(KoreanDates.SEOUL)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private ArticleDetail find(long id) {
		return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

}
