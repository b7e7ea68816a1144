package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.sinmun.article.ArticleFilter;
import kr.sinmun.article.ArticleListing;
import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.platform.KoreanDates;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The desk's front page, the searchable list of every article, and the login form. */
@Controller
class DeskController {

	private static final int QUEUE = 30;

	private static final int PAGE_SIZE = 30;

	private final Articles articles;

	private final NewsroomPages pages;

	private final Clock clock;

	DeskController(Articles articles, NewsroomPages pages, Clock clock) {
		this.articles = articles;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/newsroom/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String username,
			@RequestParam(required = false) String logout, CsrfToken csrf, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/newsroom";
		}
		// One message whatever the reason, so it tells a guesser nothing (NewsroomSecurityConfiguration).
		String message = error == null ? null
				: "로그인하지 못했습니다. 아이디와 비밀번호를 확인하십시오. 여러 번 틀리면 이 기기에서는 잠시 로그인할 수 없으니, "
						+ "계속 안 되면 관리자에게 문의하십시오.";
		model.addAttribute("page", new PageModels.LoginPage(pages.siteName(), username == null ? "" : username, message,
				logout != null ? "로그아웃했습니다." : null, csrf.getParameterName(), csrf.getToken()));
		return "newsroom/login";
	}

	/** The desk's queues for 데스크 and 관리자; a reporter's own articles (내 기사) for 기자. */
	@GetMapping({ "/newsroom", "/newsroom/" })
	String desk(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		String notice = "discarded".equals(done) ? "초안을 지웠습니다. 30일 안에는 관리자가 되살릴 수 있습니다." : null;
		ArticleFilter any = ArticleFilter.any();
		Instant now = clock.instant();
		Instant today = LocalDate.ofInstant(now, KoreanDates.SEOUL).atStartOfDay(KoreanDates.SEOUL).toInstant();
		ArticleFilter mine = new ArticleFilter(null, null, null, null, staff.id(), null, null, null);
		if (!staff.isDesk()) {
			ArticlePage<ArticleListing> waiting = articles.needingAttention(staff.id(), QUEUE);
			model.addAttribute("page", new PageModels.ReporterHome(pages.chrome(staff, csrf, "desk"), waiting.total(),
					pages.rows(waiting.items(), false), rows(mine.withStatus(ArticleStatus.DRAFT), staff, false),
					rows(mine.withStatus(ArticleStatus.SUBMITTED), staff, false),
					rows(new ArticleFilter(ArticleStatus.PUBLISHED, null, null, null, staff.id(), null, null, null), staff,
							true), notice));
			return "newsroom/reporter";
		}
		model.addAttribute("page", new PageModels.DeskPage(pages.chrome(staff, csrf, "desk"),
				rows(any.withStatus(ArticleStatus.SUBMITTED), staff, false),
				rows(new ArticleFilter(ArticleStatus.PUBLISHED, true, false, null, null, null, null, null), staff, false),
				rows(new ArticleFilter(ArticleStatus.PUBLISHED, true, true, null, null, null, null, null), staff, false),
				rows(any.withStatus(ArticleStatus.HELD), staff, false),
				rows(mine.withStatus(ArticleStatus.DRAFT), staff, false),
				rows(new ArticleFilter(ArticleStatus.PUBLISHED, false, null, null, null, today, now.plusSeconds(1), null),
						staff, true), notice));
		return "newsroom/desk";
	}

	@GetMapping("/newsroom/articles")
	String list(Staff staff, CsrfToken csrf, @RequestParam Map<String, String> params, Model model) {
		String status = params.getOrDefault("status", "");
		Integer section = number(params.get("section"));
		Long reporter = number(params.get("reporter")) == null ? null : number(params.get("reporter")).longValue();
		LocalDate from = date(params.get("from"));
		LocalDate to = date(params.get("to"));
		String text = params.getOrDefault("q", "").strip();
		ArticleFilter filter = filter(status, section, reporter, from, to, text);
		Integer requested = number(params.get("page"));
		int page = requested == null || requested < 1 ? 1 : requested;
		ArticlePage<ArticleListing> found = articles.listing(filter, staff.viewer(), page, PAGE_SIZE);
		List<PageModels.Option> statuses = new ArrayList<>();
		statuses.add(new PageModels.Option("", "전체", status.isEmpty()));
		for (String[] option : new String[][] { { "DRAFT", "작성중" }, { "SUBMITTED", "송고" }, { "HELD", "보류" },
				{ "SCHEDULED", "예약" }, { "EMBARGOED", "엠바고" }, { "PUBLISHED", "출고" }, { "UNPUBLISHED", "출고 취소" } }) {
			statuses.add(new PageModels.Option(option[0], option[1], option[0].equals(status)));
		}
		String query = query(params);
		model.addAttribute("page", new PageModels.ListPage(pages.chrome(staff, csrf, "articles"), pages.rows(found.items(), true),
				found.total(), text, statuses, pages.sectionOptions(section), pages.reporterOptions(reporter),
				from == null ? "" : from.toString(), to == null ? "" : to.toString(), page, found.pageCount(), query, PAGE_SIZE));
		return "newsroom/articles";
	}

	private static ArticleFilter filter(String status, Integer section, Long reporter, LocalDate from, LocalDate to,
			String text) {
		ArticleStatus stored = null;
		Boolean waiting = null;
		Boolean embargo = null;
		switch (status) {
			case "SCHEDULED" -> {
				stored = ArticleStatus.PUBLISHED;
				waiting = true;
				embargo = false;
			}
			case "EMBARGOED" -> {
				stored = ArticleStatus.PUBLISHED;
				waiting = true;
				embargo = true;
			}
			case "PUBLISHED" -> {
				stored = ArticleStatus.PUBLISHED;
				waiting = false;
			}
			case "DRAFT", "SUBMITTED", "HELD", "UNPUBLISHED" -> stored = ArticleStatus.valueOf(status);
			default -> {
			}
		}
		return new ArticleFilter(stored, waiting, embargo, section, reporter,
				from == null ? null : from.atStartOfDay(KoreanDates.SEOUL).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(KoreanDates.SEOUL).toInstant(), text.isEmpty() ? null : text);
	}

	private List<PageModels.Row> rows(ArticleFilter filter, Staff staff, boolean withViews) {
		return pages.rows(articles.listing(filter, staff.viewer(), 1, QUEUE).items(), withViews);
	}

	private static String query(Map<String, String> params) {
		StringBuilder query = new StringBuilder();
		for (String key : List.of("q", "status", "section", "reporter", "from", "to")) {
			String value = params.get(key);
			if (value != null && !value.isBlank()) {
				query.append(query.isEmpty() ? "" : "&").append(key).append('=').append(UriUtils.encodeQueryParam(value, "UTF-8"));
			}
		}
		return query.toString();
	}

	private static Integer number(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		return FilterDates.parse(value, null);
	}

}
