package kr.sinmun.platform;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for a {@code <script>} element of a page (JSON-LD, an import map). Inside a script the HTML parser, not
 * the JSON parser, decides where the element ends: {@code </script>} ends it, and {@code <!--} followed by
 * {@code <script>} makes the parser swallow the rest of the page, so an article about HTML could blank its own
 * page. Here {@code <}, {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026},
 * the same strings to any JSON reader, and nothing in the text can be markup (the technique of OWASP's XSS
 * prevention guidance and of Gson's HTML-safe writer).
 */
public final class JsonInHtml {

	private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().characterEscapes(new HtmlEscapes()).build())
		.build();

	private JsonInHtml() {
	}

	public static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static final class HtmlEscapes extends CharacterEscapes {

		private final int[] ascii = standardAsciiEscapesForJSON();

		HtmlEscapes() {
			ascii['<'] = ESCAPE_STANDARD;
			ascii['>'] = ESCAPE_STANDARD;
			ascii['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
