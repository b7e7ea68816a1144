package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.Articles;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.frontpage.FrontPage;
import kr.sinmun.frontpage.Placement;
import kr.sinmun.frontpage.Slot;
import kr.sinmun.platform.KoreanDates;

import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The desk arranges the home page: the top story and three pinned headlines. Every change is kept with who
 * made it and when, and the record for any date range can be read here or downloaded as CSV.
 */
@Controller
class FrontPageController {

	private final FrontPage frontPage;

	private final Articles articles;

	private final NewsroomPages pages;

	private final AuditLog audit;

	private final Clock clock;

	FrontPageController(FrontPage frontPage, Articles articles, NewsroomPages pages, AuditLog audit, Clock clock) {
		this.frontPage = frontPage;
		this.articles = articles;
		this.pages = pages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/newsroom/frontpage")
	String show(Staff staff, CsrfToken csrf, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String done, Model model) {
		Permissions.requireDesk(staff);
		return page(staff, csrf, from, to, null, done == null ? null : "홈 화면 배치를 바꿨습니다.", model);
	}

	@PostMapping("/newsroom/frontpage")
	String arrange(Staff staff, CsrfToken csrf, @RequestParam(defaultValue = "") String slot,
			@RequestParam(defaultValue = "") String article, @RequestParam(required = false) String clear, Model model,
			HttpServletResponse response) {
		Permissions.requireDesk(staff);
		Slot chosen = java.util.Arrays.stream(Slot.values()).filter(s -> s.name().equals(slot)).findFirst().orElse(null);
		if (chosen == null) {
			response.setStatus(400);
			return page(staff, csrf, null, null, "배치할 자리를 고르십시오.", null, model);
		}
		if (clear != null) {
			frontPage.clear(chosen, staff.id());
			audit.record(Door.NEWSROOM, staff.id(), "홈 배치 비움", chosen.label(), null);
			return "redirect:/newsroom/frontpage?done";
		}
		ArticleDetail placed = parseId(article) == null ? null : articles.find(parseId(article)).orElse(null);
		if (placed == null || !placed.visibleAt(clock.instant())) {
			response.setStatus(400);
			return page(staff, csrf, null, null,
					chosen.label() + ": 독자에게 보이는(출고된) 기사의 번호를 넣으십시오. 입력한 값: " + article, null, model);
		}
		frontPage.place(chosen, placed.id(), staff.id());
		audit.record(Door.NEWSROOM, staff.id(), "홈 배치", chosen.label(), placed.id() + " " + placed.headline());
		return "redirect:/newsroom/frontpage?done";
	}

	/** The record as CSV (UTF-8 with a byte-order mark, so Excel opens the Korean correctly). */
	@GetMapping("/newsroom/frontpage/history.csv")
	ResponseEntity<byte[]> export(Staff staff, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Permissions.requireDesk(staff);
		Range range = range(from, to);
		List<Placement> history = frontPage.history(range.from(), range.to());
		Map<Long, String> names = pages.namesOf(people(history));
		CsvDownload csv = new CsvDownload("자리", "기사번호", "제목", "배치 시작", "배치 끝", "배치한 사람", "내린 사람");
		for (Placement placement : history) {
			csv.row(CsvDownload.text(placement.slot().label()), placement.articleId(), CsvDownload.text(placement.headline()),
					KoreanDates.iso(placement.from()), placement.until() == null ? "" : KoreanDates.iso(placement.until()),
					CsvDownload.text(names.getOrDefault(placement.placedBy(), "")),
					CsvDownload.text(names.getOrDefault(placement.removedBy(), "")));
		}
		return csv.download("홈배치기록_" + range.fromDate() + "_" + range.toDate() + ".csv");
	}

	private String page(Staff staff, CsrfToken csrf, String from, String to, String error, String notice,
			Model model) {
		Range range = range(from, to);
		Map<Slot, Long> current = frontPage.current();
		List<ArticleSummary> candidates = articles.latest(40);
		List<PageModels.SlotView> slots = new ArrayList<>();
		for (Slot slot : Slot.values()) {
			Long id = current.get(slot);
			String headline = id == null ? null
					: articles.find(id).map(ArticleDetail::headline).orElse("(삭제된 기사 " + id + ")");
			slots.add(new PageModels.SlotView(slot.name(), slot.label(), id, headline,
					candidates.stream()
						.map(article -> new PageModels.Option(String.valueOf(article.id()),
								article.id() + " · " + article.headline(), id != null && id == article.id()))
						.toList()));
		}
		List<Placement> history = frontPage.history(range.from(), range.to());
		Map<Long, String> names = pages.namesOf(people(history));
		model.addAttribute("page", new PageModels.FrontPagePage(pages.chrome(staff, csrf, "frontpage"), slots,
				history.stream()
					.map(placement -> new PageModels.PlacementRow(placement.slot().label(), placement.articleId(),
							placement.headline(), KoreanDates.stamp(placement.from()),
							placement.until() == null ? "지금까지" : KoreanDates.stamp(placement.until()),
							names.getOrDefault(placement.placedBy(), "-")))
					.toList(),
				range.fromDate().toString(), range.toDate().toString(), error, notice));
		return "newsroom/frontpage";
	}

	private static List<Long> people(List<Placement> history) {
		List<Long> ids = new ArrayList<>();
		history.forEach(placement -> {
			ids.add(placement.placedBy());
			ids.add(placement.removedBy());
		});
		return ids;
	}

	// The range is in Korean dates, both ends included; without one, today.
	private Range range(String from, String to) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL);
		LocalDate start = FilterDates.parse(from, today);
		LocalDate end = FilterDates.parse(to, today);
		if (end.isBefore(start)) {
			end = start;
		}
		return new Range(start, end, start.atStartOfDay(KoreanDates.SEOUL).toInstant(),
				end.plusDays(1).atStartOfDay(KoreanDates.SEOUL).toInstant());
	}


	private static Long parseId(String value) {
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private record Range(LocalDate fromDate, LocalDate toDate, Instant from, Instant to) {
	}

}
