package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Word-by-word differences between two texts, as a desk reads them: what was removed, what was added. Korean
 * is spaced by 어절, so a changed particle marks its whole word, which is how an editor reads a change anyway.
 * The comparison is java-diff-utils' Myers diff over the words.
 */
final class TextDiff {

	// Above this many edits the comparison shows the old text removed and the new added, to bound time.
	private static final int MAX_EDITS = 2_000;

	// A word with the space after it, or space alone at the start.
	private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

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
		List<DiffSegment> out = new ArrayList<>();
		Patch<String> patch;
		try {
			patch = DiffUtils.diff(a, b, new MyersDiff<>(), new EditBudget(), true);
		}
		catch (EditBudget.Exceeded ex) {
			// CASE: a text rewritten from end to end; word by word it would tell the desk nothing more.
			append(out, "removed", a);
			append(out, "added", b);
			return out;
		}
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			if (delta.getType() == DeltaType.EQUAL) {
				append(out, "same", delta.getSource().getLines());
			}
			else {
				append(out, "removed", delta.getSource().getLines());
				append(out, "added", delta.getTarget().getLines());
			}
		}
		return out;
	}

	/**
	 * Myers' algorithm takes time in proportion to the words times the edits; past {@link #MAX_EDITS} rounds of
	 * edits (about four million steps, as the earlier table of cells allowed) the comparison gives up.
	 */
	private static final class EditBudget implements DiffAlgorithmListener {

		@Override
		public void diffStart() {
		}

		@Override
		public void diffStep(int edits, int max) {
			if (edits > MAX_EDITS) {
				throw new Exceeded();
			}
		}

		@Override
		public void diffEnd() {
		}

		private static final class Exceeded extends RuntimeException {

			Exceeded() {
				super(null, null, false, false);
			}

		}

	}

	// Words keep their trailing space or line break, so joining segments gives back the text.
	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
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
