package kr.sinmun.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
		Element image = Jsoup.parseBodyFragment(bodyHtml).selectFirst("img[src]");
		return image == null ? null : image.attr("src");
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
