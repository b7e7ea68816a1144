package kr.sinmun.ranking;

/**
 * Where a view came from, as a class of referrer: all that is kept of the Referer header. The code is what is
 * stored; the order is the order the newsroom lists them in.
 */
public enum Referrer {

	/** No Referer: typed, bookmarked, opened from an app or a messenger that sends none. */
	DIRECT(0, "직접"),
	/** Another page of this paper (home, section, a related article). */
	INTERNAL(1, "사이트 안"),
	/** A portal's news service or home page: 네이버 뉴스, 다음 뉴스, 네이트 뉴스, 줌 뉴스, 구글 뉴스. */
	PORTAL(2, "포털"),
	/** A search engine's results: 네이버·다음·구글·줌·빙 검색. */
	SEARCH(3, "검색"),
	/** Social networks and messengers that pass a Referer, and blogs and cafés. */
	SNS(4, "SNS"),
	/** Any other site, and views counted before referrers were classified. */
	OTHER(5, "기타");

	private final int code;

	private final String label;

	Referrer(int code, String label) {
		this.code = code;
		this.label = label;
	}

	public int code() {
		return code;
	}

	public String label() {
		return label;
	}

	public static Referrer ofCode(int code) {
		for (Referrer referrer : values()) {
			if (referrer.code == code) {
				return referrer;
			}
		}
		return OTHER;
	}

}
