package kr.sinmun.site;

/** Reads a {@code ?page=} value; anything that is not a plausible page number is treated as "no such page". */
final class PageNumbers {

	private PageNumbers() {
	}

	static int parse(String value) {
		if (value == null || !value.matches("\\d{1,6}")) {
			throw new PageNotFoundException();
		}
		return Integer.parseInt(value);
	}

}
