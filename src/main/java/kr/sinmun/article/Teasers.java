package kr.sinmun.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import kr.sinmun.platform.VideoProviders;

/** Derives the teaser and the lead image from a sanitized body, once, when the article is saved. */
final class Teasers {

	static final int TEASER_LENGTH = 120;

	private Teasers() {
	}

	static String teaser(String bodyHtml) {
		Document document = Jsoup.parseBodyFragment(bodyHtml);
		document.select("figure, figcaption, table").remove();
		return cut(document.body().text(), TEASER_LENGTH);
	}

	static String leadImage(String bodyHtml) {
		return leadImageElement(bodyHtml).map(image -> image.attr("src")).orElse(null);
	}

	/** Width and height of the lead image as the body states them, or null when it does not. */
	static Integer[] leadImageSize(String bodyHtml) {
		return leadImageElement(bodyHtml).map(image -> new Integer[] { number(image.attr("width")), number(image.attr("height")) })
			.orElse(new Integer[] { null, null });
	}

	/**
	 * The provider key ({@code youtube}…) of the body's first video the allow-list admits, or null: stored with
	 * the article so that lists of videos never parse bodies.
	 */
	static String videoProvider(String bodyHtml) {
		if (bodyHtml == null || !bodyHtml.contains("data-video-provider")) {
			return null;
		}
		for (Element video : Jsoup.parseBodyFragment(bodyHtml).select("div[data-video-provider][data-video-id]")) {
			java.util.Optional<VideoProviders> provider = VideoProviders.byKey(video.attr("data-video-provider"))
				.filter(found -> found.admits(video.attr("data-video-id")));
			if (provider.isPresent()) {
				return provider.get().key();
			}
		}
		return null;
	}

	private static java.util.Optional<Element> leadImageElement(String bodyHtml) {
		return java.util.Optional.ofNullable(Jsoup.parseBodyFragment(bodyHtml).selectFirst("img[src]"));
	}

	private static Integer number(String value) {
		return value != null && value.matches("\\d{1,5}") ? Integer.valueOf(value) : null;
	}

	/**
	 * Cuts text to at most {@code max} characters at a word boundary and marks the cut with an ellipsis. Korean
	 * is written with spaces between words (어절), so the last space before the limit is the clean place to cut.
	 */
	static String cut(String text, int max) {
		String normalized = text.strip().replaceAll("\\s+", " ");
		if (normalized.length() <= max) {
			return normalized;
		}
		int end = normalized.lastIndexOf(' ', max);
		if (end < max / 2) {
			end = max;
		}
		String head = normalized.substring(0, end).strip();
		while (!head.isEmpty() && ",.·…".indexOf(head.charAt(head.length() - 1)) >= 0) {
			head = head.substring(0, head.length() - 1);
		}
		return head + "…";
	}

}
