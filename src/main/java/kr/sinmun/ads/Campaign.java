package kr.sinmun.ads;

import java.time.Instant;
import java.util.List;

/**
 * A booked banner: an uploaded image or an HTML snippet, shown in its slots between {@code startsAt} and
 * {@code endsAt} with a rotation {@code weight}, optionally only in some sections and at most
 * {@code dailyCap} times a day. A {@code house} campaign fills its slots when nothing booked is eligible.
 */
public record Campaign(long id, String advertiser, String name, String kind, String imageUrl, Integer imageWidth,
		Integer imageHeight, String altText, String html, boolean allowScript, String targetUrl, Instant startsAt,
		Instant endsAt, int weight, List<String> slots, List<Integer> sections, Integer dailyCap, boolean house,
		String status, Instant createdAt, Instant updatedAt) {

	public Campaign {
		slots = List.copyOf(slots);
		sections = List.copyOf(sections);
	}

	/**
	 * Whether it may be shown at {@code now} in {@code slot} on a page of {@code section} (null: no section), whose
	 * parent is {@code parent} (null for a top-level section): a campaign targeted at 경제 shows on 부동산's pages
	 * too, one targeted at 부동산 only there.
	 */
	boolean eligible(String slot, Integer section, Integer parent, Instant now) {
		return status.equals("APPROVED") && slots.contains(slot) && !now.isBefore(startsAt) && now.isBefore(endsAt)
				&& (sections.isEmpty() || (section != null && sections.contains(section))
						|| (parent != null && sections.contains(parent)));
	}

	public String statusLabel() {
		return switch (status) {
			case "PENDING" -> "승인 대기";
			case "APPROVED" -> "승인";
			case "REJECTED" -> "반려";
			default -> "중지";
		};
	}

}
