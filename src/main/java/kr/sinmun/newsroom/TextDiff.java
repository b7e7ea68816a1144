package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Word-by-word differences between two texts, as a desk reads them: what was removed, what was added. Korean
 * is spaced by 어절, so a changed particle marks its whole word, which is how an editor reads a change anyway.
 */
final class TextDiff {

	// Above this many cells the comparison falls back to whole paragraphs, to bound memory and time.
	private static final long MAX_CELLS = 4_000_000L;

	private TextDiff() {
	}

	/** The readable text of an article body: one line per paragraph, heading, list item or caption. */
	static String plainText(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		for (Element block : Jsoup.parseBodyFragment(html).body().select("p, h2, h3, h4, li, blockquote, figcaption, td, th")) {
			if (!block.children().select("p").isEmpty()) {
				continue; // CASE: a quote, list item or cell wrapping paragraphs: the paragraphs speak for it.
			}
			String text = block.text().strip();
			if (!text.isEmpty()) {
				lines.add(text);
			}
		}
		return String.join("\n", lines);
	}

	static List<DiffSegment> between(String older, String newer) {
		List<String> a = tokens(older == null ? "" : older);
		List<String> b = tokens(newer == null ? "" : newer);
		int prefix = 0;
		while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < a.size() - prefix && suffix < b.size() - prefix
				&& a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
			suffix++;
		}
		List<DiffSegment> out = new ArrayList<>();
		append(out, "same", a.subList(0, prefix));
		List<String> middleA = a.subList(prefix, a.size() - suffix);
		List<String> middleB = b.subList(prefix, b.size() - suffix);
		if ((long) middleA.size() * middleB.size() > MAX_CELLS) {
			append(out, "removed", middleA);
			append(out, "added", middleB);
		}
		else {
			lcs(out, middleA, middleB);
		}
		append(out, "same", a.subList(a.size() - suffix, a.size()));
		return out;
	}

	private static void lcs(List<DiffSegment> out, List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] length = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
						: Math.max(length[i + 1][j], length[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				append(out, "same", List.of(a.get(i)));
				i++;
				j++;
			}
			else if (j < m && (i == n || length[i][j + 1] > length[i + 1][j])) {
				append(out, "added", List.of(b.get(j)));
				j++;
			}
			else {
				append(out, "removed", List.of(a.get(i)));
				i++;
			}
		}
	}

	// Words keep their trailing space or line break, so joining segments gives back the text.
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static void append(List<DiffSegment> out, String kind, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join("", words);
		if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
			DiffSegment last = out.remove(out.size() - 1);
			out.add(new DiffSegment(kind, last.text() + text));
		}
		else {
			out.add(new DiffSegment(kind, text));
		}
	}

	/** Whether the two texts differ at all. */
	static boolean changed(List<DiffSegment> segments) {
		return segments.stream().anyMatch(segment -> !segment.same());
	}

}
