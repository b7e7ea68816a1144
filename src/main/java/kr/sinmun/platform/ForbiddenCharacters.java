package kr.sinmun.platform;

/**
 * Characters no text of ours may hold: those XML 1.0 forbids (C0 controls other than tab, line feed and
 * carriage return; U+FFFE and U+FFFF; surrogates without their pair). NUL is among them, and PostgreSQL cannot
 * store it at all. Everything else, every Hangul syllable and emoji included, is allowed.
 *
 * <p>Input is refused with {@link #problem}, so a reporter learns which field to fix; output to XML drops them with
 * {@link #strip}, so a row stored before this rule (or written by hand) cannot break a feed for everyone.
 */
public final class ForbiddenCharacters {

	private ForbiddenCharacters() {
	}

	/** The index of the first forbidden character, or -1. */
	public static int find(CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length();) {
			int size = allowedAt(text, i);
			if (size == 0) {
				return i;
			}
			i += size;
		}
		return -1;
	}

	// How many chars the character at i takes (1, or 2 for a surrogate pair), or 0 if it is forbidden.
	private static int allowedAt(CharSequence text, int i) {
		char c = text.charAt(i);
		if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE || c == '\t' || c == '\n' || c == '\r') {
			return 1;
		}
		return Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? 2
				: 0;
	}

	/** The character at {@code index} as people look it up: {@code U+FFFF}. */
	public static String name(CharSequence text, int index) {
		return String.format("U+%04X", (int) text.charAt(index));
	}

	/**
	 * A Korean sentence naming the field and the character when {@code text} holds one we cannot keep, or
	 * {@code null}. {@code field} is the label the writer sees ({@code 제목}) or the field's name in a request.
	 */
	public static String problem(String field, CharSequence text) {
		int index = find(text);
		return index < 0 ? null : message(field, name(text, index));
	}

	public static String message(String field, String character) {
		return field + "에 쓸 수 없는 문자(" + character + ")가 들어 있습니다. 다른 곳에서 붙여 넣은 글이라면 그 문자를 지우고 다시 보내 주십시오.";
	}

	/** The text without the characters XML forbids; text without any is returned as it is, uncopied. */
	public static String strip(String text) {
		int first = find(text);
		if (first < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length();) {
			int size = allowedAt(text, i);
			if (size == 0) {
				i++;
				continue;
			}
			kept.append(text, i, i + size);
			i += size;
		}
		return kept.toString();
	}

}
