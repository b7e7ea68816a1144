package kr.sinmun.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.sinmun.ads.AdSlot;
import kr.sinmun.ads.BannerException;
import kr.sinmun.ads.Banners;
import kr.sinmun.ads.Campaign;
import kr.sinmun.ads.CampaignDraft;
import kr.sinmun.ads.CampaignRules;
import kr.sinmun.audit.AuditLog;
import kr.sinmun.audit.Door;
import kr.sinmun.platform.KoreanDates;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Banner management for automation, with the same rules as the newsroom's screens (administrators only). */
@RestController
class BannerApiController {

	private final Banners banners;

	private final Sections sections;

	private final AuditLog audit;

	BannerApiController(Banners banners, Sections sections, AuditLog audit) {
		this.banners = banners;
		this.sections = sections;
		this.audit = audit;
	}

	record CampaignRequest(String advertiser, String name, String kind, Long mediaId, String altText, String html,
			Boolean allowScript, String targetUrl, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer weight,
			List<String> slots, List<String> sections, Integer dailyCap, Boolean house) {
	}

	record CampaignResponse(long id, String advertiser, String name, String kind, String imageUrl, String altText,
			String html, boolean allowScript, String targetUrl, String startsAt, String endsAt, int weight,
			List<String> slots, List<String> sections, Integer dailyCap, boolean house, String status) {
	}

	record Decision(String status) {
	}

	@GetMapping("/api/v1/banner-slots")
	List<AdSlot> slots() {
		return banners.slots();
	}

	@GetMapping("/api/v1/banner-campaigns")
	List<CampaignResponse> list() {
		return banners.campaigns().stream().map(this::response).toList();
	}

	@GetMapping("/api/v1/banner-campaigns/{id}")
	CampaignResponse get(@PathVariable long id) {
		return banners.campaign(id).map(this::response).orElseThrow(() -> notFound(id));
	}

	@PostMapping("/api/v1/banner-campaigns")
	ResponseEntity<CampaignResponse> create(@RequestBody CampaignRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		Campaign created = store(() -> banners.create(draft(request, false)));
		audit.record(Door.API, owner.userId(), "배너 캠페인 등록", created.name(), created.advertiser() + " · 승인 대기");
		return ResponseEntity.created(URI.create("/api/v1/banner-campaigns/" + created.id())).body(response(created));
	}

	@PutMapping("/api/v1/banner-campaigns/{id}")
	CampaignResponse update(@PathVariable long id, @RequestBody CampaignRequest request,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		Campaign existing = banners.campaign(id).orElseThrow(() -> notFound(id));
		Campaign saved = store(() -> banners.update(id, draft(request, existing.imageUrl() != null))
			.orElseThrow(() -> notFound(id)));
		audit.record(Door.API, owner.userId(), "배너 캠페인 변경", saved.name(), saved.advertiser() + " · 승인 대기");
		return response(saved);
	}

	@DeleteMapping("/api/v1/banner-campaigns/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, @AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		Campaign existing = banners.campaign(id).orElseThrow(() -> notFound(id));
		if (!banners.delete(id)) {
			throw notFound(id);
		}
		audit.record(Door.API, owner.userId(), "배너 캠페인 삭제", existing.name(), existing.advertiser());
		return ResponseEntity.noContent().build();
	}

	/** The approval step: {@code APPROVED}, {@code REJECTED} or {@code STOPPED}. */
	@PostMapping("/api/v1/banner-campaigns/{id}/decision")
	CampaignResponse decide(@PathVariable long id, @RequestBody Decision decision,
			@AuthenticationPrincipal ApiTokens.TokenOwner owner) {
		if (decision == null || decision.status() == null
				|| !List.of("APPROVED", "REJECTED", "STOPPED").contains(decision.status())) {
			throw new ApiValidationException("status", "status는 APPROVED, REJECTED, STOPPED 중 하나여야 합니다.");
		}
		if (!banners.decide(id, decision.status(), owner.userId())) {
			throw notFound(id);
		}
		CampaignResponse decided = get(id);
		audit.record(Door.API, owner.userId(), "배너 " + switch (decision.status()) {
			case "APPROVED" -> "승인";
			case "REJECTED" -> "반려";
			default -> "중지";
		}, decided.name(), decided.advertiser());
		return decided;
	}

	private Campaign store(java.util.function.Supplier<Campaign> action) {
		try {
			return action.get();
		}
		catch (BannerException ex) {
			throw new ApiValidationException(ex.field(), ex.getMessage());
		}
	}

	private CampaignDraft draft(CampaignRequest request, boolean imageOnFile) {
		if (request == null) {
			throw new ApiValidationException("body", "캠페인 내용을 JSON으로 보내 주십시오.");
		}
		List<Integer> sectionIds = new ArrayList<>();
		for (String slug : request.sections() == null ? List.<String>of() : request.sections()) {
			sectionIds.add(sections.bySlug(slug).map(Section::id)
				.orElseThrow(() -> new ApiValidationException("sections", "알 수 없는 섹션입니다(sections): " + slug)));
		}
		CampaignDraft draft = new CampaignDraft(request.advertiser(), request.name(), request.kind(), request.mediaId(),
				request.altText(), request.html(), Boolean.TRUE.equals(request.allowScript()), request.targetUrl(),
				request.startsAt() == null ? null : request.startsAt().toInstant(),
				request.endsAt() == null ? null : request.endsAt().toInstant(),
				request.weight() == null ? 1 : request.weight(), request.slots(), sectionIds, request.dailyCap(),
				Boolean.TRUE.equals(request.house()));
		Map<String, String> problems = CampaignRules.problems(draft, banners.slots(), imageOnFile);
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new ApiValidationException(first.getKey(), String.join(" ", problems.values()));
		}
		return draft;
	}

	private CampaignResponse response(Campaign campaign) {
		return new CampaignResponse(campaign.id(), campaign.advertiser(), campaign.name(), campaign.kind(),
				campaign.imageUrl(), campaign.altText(), campaign.html(), campaign.allowScript(), campaign.targetUrl(),
				KoreanDates.iso(campaign.startsAt()), KoreanDates.iso(campaign.endsAt()), campaign.weight(),
				campaign.slots(),
				campaign.sections().stream().map(id -> sections.byId(id).map(Section::slug).orElse(String.valueOf(id))).toList(),
				campaign.dailyCap(), campaign.house(), campaign.status());
	}

	private static ApiNotFoundException notFound(long id) {
		return new ApiNotFoundException("배너 캠페인을 찾을 수 없습니다: " + id);
	}

}
