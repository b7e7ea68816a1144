package kr.sinmun.newsroom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.sinmun.article.ArticleFilter;
import kr.sinmun.article.ArticleListing;
import kr.sinmun.article.ArticlePage;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The article list the portals' partnership review asks for: every published article in a date range with
 * its link, headline, reporter, time and section, marked 자체기사 (in-house) or 통신 (wire copy).
 */
@Controller
class ExportController {

	private static final int BATCH = 1000;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final SiteSettings publisher;

	private final NewsroomPages pages;

	private final Clock clock;

	ExportController(Articles articles, Sections sections, People people, SiteSettings publisher,
			NewsroomPages pages, Clock clock) {
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/newsroom/export")
	String form(Staff staff, CsrfToken csrf, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Permissions.requireDesk(staff);
		LocalDate end = FilterDates.parse(to, LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL));
		LocalDate start = FilterDates.parse(from, end.minusMonths(1).plusDays(1));
		List<ArticleListing> rows = published(staff, start, end);
		long wire = rows.stream().filter(row -> row.wireSource() != null).count();
		model.addAttribute("page", new PageModels.ExportPage(pages.chrome(staff, csrf, "export"), start.toString(),
				end.toString(), rows.size(), rows.size() - wire, wire));
		return "newsroom/export";
	}

	/** UTF-8 with a byte-order mark, so Excel opens the Korean correctly. */
	@GetMapping("/newsroom/export.csv")
	ResponseEntity<byte[]> csv(Staff staff, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Permissions.requireDesk(staff);
		LocalDate end = FilterDates.parse(to, LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL));
		LocalDate start = FilterDates.parse(from, end.minusMonths(1).plusDays(1));
		List<ArticleListing> rows = published(staff, start, end);
		Map<Long, Reporter> reporters = people.reporters(rows.stream().map(ArticleListing::reporterId).collect(Collectors.toSet()));
		String base = publisher.current().baseUrl();
		CsvDownload csv = new CsvDownload("링크", "제목", "기자", "작성시간", "섹션", "구분", "출처");
		for (ArticleListing row : rows) {
			Reporter reporter = reporters.get(row.reporterId());
			csv.row(CsvDownload.text(base + "/news/" + row.id()), CsvDownload.text(row.headline()),
					CsvDownload.text(reporter == null ? "" : reporter.name()), KoreanDates.stamp(row.publishedAt()),
					CsvDownload.text(sections.byId(row.sectionId()).map(Section::name).orElse("")),
					row.wireSource() == null ? "자체기사" : "통신", CsvDownload.text(row.wireSource() == null ? "" : row.wireSource()));
		}
		return csv.download("기사목록_" + start + "_" + end + ".csv");
	}

	// Oldest first, as a reviewer reads a period; fetched a thousand at a time.
	private List<ArticleListing> published(Staff staff, LocalDate start, LocalDate end) {
		ArticleFilter filter = new ArticleFilter(ArticleStatus.PUBLISHED, false, null, null, null,
				start.atStartOfDay(KoreanDates.SEOUL).toInstant(), end.plusDays(1).atStartOfDay(KoreanDates.SEOUL).toInstant(),
				null);
		List<ArticleListing> all = new ArrayList<>();
		for (int page = 1;; page++) {
			ArticlePage<ArticleListing> batch = articles.listing(filter, staff.viewer(), page, BATCH);
			// The demo paper's articles are not the paper's reporting: they never reach a portal's reviewer.
			batch.items().stream().filter(row -> !row.demo()).forEach(all::add);
			if (page >= batch.pageCount()) {
				break;
			}
		}
		java.util.Collections.reverse(all);
		return all;
	}


}
