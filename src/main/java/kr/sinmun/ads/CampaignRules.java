package kr.sinmun.ads;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules every campaign meets, said once for the API and the newsroom; messages in Korean, by field. */
public final class CampaignRules {

	private CampaignRules() {
	}

	/** {@code imageOnFile}: the campaign already has an image, so an IMAGE draft may leave {@code mediaId} out. */
	public static Map<String, String> problems(CampaignDraft draft, List<AdSlot> slots, boolean imageOnFile) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(draft.advertiser()) || draft.advertiser().strip().length() > 100) {
			problems.put("advertiser", "광고주를 100자 이내로 쓰십시오.");
		}
		if (blank(draft.name()) || draft.name().strip().length() > 100) {
			problems.put("name", "캠페인 이름을 100자 이내로 쓰십시오.");
		}
		if (!"IMAGE".equals(draft.kind()) && !"HTML".equals(draft.kind())) {
			problems.put("kind", "종류는 IMAGE(이미지) 또는 HTML이어야 합니다.");
		}
		else if (draft.kind().equals("IMAGE")) {
			if (draft.mediaId() == null && !imageOnFile) {
				problems.put("mediaId", "이미지 광고에는 올린 이미지(mediaId)가 필요합니다.");
			}
			if (blank(draft.altText()) || draft.altText().length() > 200) {
				problems.put("altText", "이미지 광고의 대체 텍스트를 200자 이내로 쓰십시오.");
			}
		}
		else if (blank(draft.html()) || draft.html().length() > 20_000) {
			problems.put("html", "HTML 광고의 코드를 2만 자 이내로 넣으십시오.");
		}
		if (!httpUrl(draft.targetUrl())) {
			problems.put("targetUrl", "연결 주소는 http:// 또는 https://로 시작하는 올바른 주소여야 합니다.");
		}
		if (draft.startsAt() == null || draft.endsAt() == null) {
			problems.put("startsAt", "시작과 끝 시각을 넣으십시오.");
		}
		else if (!draft.endsAt().isAfter(draft.startsAt())) {
			problems.put("endsAt", "끝 시각은 시작 시각보다 뒤여야 합니다.");
		}
		if (draft.weight() < 1 || draft.weight() > 1000) {
			problems.put("weight", "가중치는 1에서 1000 사이여야 합니다.");
		}
		if (draft.slots().isEmpty()) {
			problems.put("slots", "광고를 넣을 자리를 하나 이상 고르십시오.");
		}
		else {
			for (String slot : draft.slots()) {
				if (slots.stream().noneMatch(known -> known.code().equals(slot))) {
					problems.put("slots", "없는 광고 자리입니다: " + slot);
				}
			}
		}
		if (draft.dailyCap() != null && draft.dailyCap() < 1) {
			problems.put("dailyCap", "하루 노출 한도는 1 이상이어야 합니다(없으면 비워 두십시오).");
		}
		return problems;
	}

	static boolean httpUrl(String value) {
		if (blank(value) || value.length() > 1000) {
			return false;
		}
		try {
			URI uri = URI.create(value.strip());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
