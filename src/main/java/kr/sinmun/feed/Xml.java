package kr.sinmun.feed;

/** Writing XML text by hand: escaping for text and attributes, and CDATA that cannot be broken out of. */
final class Xml {

	private Xml() {
	}

	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// Characters XML 1.0 does not allow at all are dropped.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	static String cdata(String value) {
		return "<![CDATA[" + (value == null ? "" : value.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
	}

}
