package kr.sinmun.ads;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator or automation submits for a campaign. An IMAGE campaign names an uploaded image by
 * its media id; an HTML one brings a snippet, sanitized unless {@code allowScript} is set for a third-party
 * tag (which is then served only inside a sandboxed frame).
 */
public record CampaignDraft(String advertiser, String name, String kind, Long mediaId, String altText, String html,
		boolean allowScript, String targetUrl, Instant startsAt, Instant endsAt, int weight, List<String> slots,
		List<Integer> sections, Integer dailyCap, boolean house) {

	public CampaignDraft {
		slots = slots == null ? List.of() : List.copyOf(slots);
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

}
