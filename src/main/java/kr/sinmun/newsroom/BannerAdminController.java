package kr.sinmun.newsroom;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.BannerException;
import kr.sinmun.ads.Banners;
import kr.sinmun.ads.Campaign;
import kr.sinmun.ads.CampaignDraft;
import kr.sinmun.ads.CampaignRules;
import kr.sinmun.ads.DayCount;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.UnsupportedMediaException;
import kr.sinmun.platform.KoreanDates;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Banner campaigns for administrators: booking, the approval step (청소년 보호: a person looks before anything
 * goes live), and reports of impressions, clicks and CTR per day with a CSV export.
 */
@Controller
class BannerAdminController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Banners banners;

	private final MediaLibrary media;

	private final NewsroomPages pages;

	private final AuditLog audit;

	private final Clock clock;

	BannerAdminController(Banners banners, MediaLibrary media, NewsroomPages pages, AuditLog audit, Clock clock) {
		this.banners = banners;
		this.media = media;
		this.pages = pages;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/newsroom/admin/ads")
	String list(Staff staff, CsrfToken csrf, @RequestParam(required = false) String done, Model model) {
		Map<Long, DayCount> today = banners.today();
		List<PageModels.CampaignRow> rows = banners.campaigns()
			.stream()
			.map(campaign -> {
				DayCount count = today.get(campaign.id());
				return new PageModels.CampaignRow(campaign.id(), campaign.name(), campaign.advertiser(),
						campaign.kind().equals("IMAGE") ? "이미지" : "HTML", campaign.statusLabel(), campaign.status(),
						KoreanDates.stamp(campaign.startsAt()) + " ~ " + KoreanDates.stamp(campaign.endsAt()),
						String.join(", ", campaign.slots()), campaign.house(), count == null ? 0 : count.impressions(),
						count == null ? 0 : count.clicks());
			})
			.toList();
		model.addAttribute("page", new PageModels.BannersPage(pages.chrome(staff, csrf, "ads"), rows,
				done == null ? null : "저장했습니다."));
		return "newsroom/banners";
	}

	@GetMapping("/newsroom/admin/ads/new")
	String create(Staff staff, CsrfToken csrf, Model model) {
		Instant start = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
		return form(staff, csrf, null, new PageModels.BannerForm("", "", "IMAGE", "", "", "", null, "", local(start),
				local(start.plus(30, ChronoUnit.DAYS)), "1", List.of(), List.of(), "", null), Map.of(), model);
	}

	@GetMapping("/newsroom/admin/ads/{id}")
	String edit(Staff staff, CsrfToken csrf, @PathVariable long id, Model model) {
		Campaign campaign = campaign(id);
		return form(staff, csrf, campaign, new PageModels.BannerForm(campaign.advertiser(), campaign.name(), campaign.kind(), "",
				campaign.altText() == null ? "" : campaign.altText(), campaign.html() == null ? "" : campaign.html(),
				campaign.allowScript() ? "on" : null, campaign.targetUrl(), local(campaign.startsAt()),
				local(campaign.endsAt()), String.valueOf(campaign.weight()), campaign.slots(),
				campaign.sections().stream().map(String::valueOf).toList(),
				campaign.dailyCap() == null ? "" : String.valueOf(campaign.dailyCap()), campaign.house() ? "on" : null),
				Map.of(), model);
	}

	@PostMapping({ "/newsroom/admin/ads/new", "/newsroom/admin/ads/{id}" })
	String save(Staff staff, CsrfToken csrf, @PathVariable(required = false) Long id, @ModelAttribute PageModels.BannerForm form,
			@RequestParam(required = false) MultipartFile image, Model model, HttpServletResponse response)
			throws IOException {
		Campaign existing = id == null ? null : campaign(id);
		Map<String, String> errors = new LinkedHashMap<>();
		Long mediaId = number(form.mediaId());
		if (image != null && !image.isEmpty()) {
			try {
				mediaId = media.store(image.getBytes()).id();
			}
			catch (UnsupportedMediaException ex) {
				errors.put("image", ex.getMessage());
			}
		}
		PageModels.BannerForm kept = new PageModels.BannerForm(form.advertiser(), form.name(), form.kind(),
				mediaId == null ? "" : String.valueOf(mediaId), form.altText(), form.html(), form.allowScript(),
				form.targetUrl(), form.startsAt(), form.endsAt(), form.weight(), form.slots(), form.sections(),
				form.dailyCap(), form.house());
		Integer weight = integer(form.weight());
		Integer cap = form.dailyCap() == null || form.dailyCap().isBlank() ? null : integer(form.dailyCap());
		if (weight == null) {
			errors.put("weight", "가중치는 숫자로 쓰십시오.");
		}
		if (cap == null && form.dailyCap() != null && !form.dailyCap().isBlank()) {
			errors.put("dailyCap", "하루 노출 한도는 숫자로 쓰십시오.");
		}
		CampaignDraft draft = new CampaignDraft(form.advertiser(), form.name(), form.kind(), mediaId, form.altText(),
				form.html(), form.allowScript() != null, form.targetUrl(), time(form.startsAt()), time(form.endsAt()),
				weight == null ? 1 : weight, form.slots(),
				form.sections().stream().map(this::integer).filter(java.util.Objects::nonNull).toList(), cap,
				form.house() != null);
		// CASE: editing an image campaign without a new upload keeps its current image.
		CampaignRules.problems(draft, banners.slots(), existing != null && existing.imageUrl() != null)
			.forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				Campaign saved = existing == null ? banners.create(draft) : banners.update(existing.id(), draft).orElseThrow();
				audit.record(Door.NEWSROOM, staff.id(), existing == null ? "배너 캠페인 등록" : "배너 캠페인 변경",
						saved.name(), saved.advertiser() + " · 승인 대기");
				return "redirect:/newsroom/admin/ads?done";
			}
			catch (BannerException ex) {
				errors.put(ex.field(), ex.getMessage());
			}
		}
		response.setStatus(400);
		return form(staff, csrf, existing, kept, errors, model);
	}

	@PostMapping("/newsroom/admin/ads/{id}/decision")
	String decide(Staff staff, @PathVariable long id, @RequestParam(defaultValue = "") String status) {
		Campaign campaign = campaign(id);
		if (!List.of("APPROVED", "REJECTED", "STOPPED").contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "승인, 반려, 중지 가운데 하나를 고르십시오.");
		}
		banners.decide(id, status, staff.id());
		audit.record(Door.NEWSROOM, staff.id(), "배너 " + switch (status) {
			case "APPROVED" -> "승인";
			case "REJECTED" -> "반려";
			default -> "중지";
		}, campaign.name(), campaign.advertiser());
		return "redirect:/newsroom/admin/ads?done";
	}

	@GetMapping("/newsroom/admin/ads/{id}/report")
	String report(Staff staff, CsrfToken csrf, @PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Campaign campaign = campaign(id);
		LocalDate end = FilterDates.parse(to, LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL));
		LocalDate start = FilterDates.parse(from, end.minusDays(29));
		banners.flush();
		List<DayCount> days = banners.report(id, start, end);
		model.addAttribute("page", new PageModels.BannerReportPage(pages.chrome(staff, csrf, "ads"), id, campaign.name(),
				campaign.advertiser(), start.toString(), end.toString(), days,
				days.stream().mapToLong(DayCount::impressions).sum(), days.stream().mapToLong(DayCount::clicks).sum()));
		return "newsroom/bannerreport";
	}

	@GetMapping("/newsroom/admin/ads/{id}/report.csv")
	ResponseEntity<byte[]> reportCsv(Staff staff, @PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Campaign campaign = campaign(id);
		LocalDate end = FilterDates.parse(to, LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL));
		LocalDate start = FilterDates.parse(from, end.minusDays(29));
		banners.flush();
		CsvDownload csv = new CsvDownload("날짜", "캠페인", "광고주", "노출", "클릭", "클릭률");
		for (DayCount day : banners.report(id, start, end)) {
			csv.row(day.day(), CsvDownload.text(campaign.name()), CsvDownload.text(campaign.advertiser()), day.impressions(),
					day.clicks(), day.ctr());
		}
		return csv.download("배너보고서_" + id + "_" + start + "_" + end + ".csv");
	}

	private String form(Staff staff, CsrfToken csrf, Campaign existing, PageModels.BannerForm form, Map<String, String> errors,
			Model model) {
		List<PageModels.Option> slotOptions = new ArrayList<>();
		for (AdSlot slot : banners.slots()) {
			slotOptions.add(new PageModels.Option(slot.code(), slot.name() + " " + slot.width() + "×" + slot.height(),
					form.hasSlot(slot.code())));
		}
		model.addAttribute("page", new PageModels.BannerFormPage(pages.chrome(staff, csrf, "ads"),
				existing == null ? null : existing.id(), existing == null ? null : existing.imageUrl(), form, errors,
				slotOptions,
				pages.sectionOptions(null)
					.stream()
					.map(option -> new PageModels.Option(option.value(), option.label(), form.hasSection(option.value())))
					.toList()));
		return "newsroom/banner";
	}

	private Campaign campaign(long id) {
		return banners.campaign(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "그런 배너 캠페인이 없습니다."));
	}

	private static String local(Instant instant) {
		return LOCAL.format(LocalDateTime.ofInstant(instant, KoreanDates.SEOUL));
	}

	private static Instant time(String value) {
		try {
			return value == null || value.isBlank() ? null
					: LocalDateTime.parse(value.strip().replace(' ', 'T'), LOCAL).atZone(KoreanDates.SEOUL).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Integer integer(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}


}
