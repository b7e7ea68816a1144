package kr.sinmun.site;

/** A reader asked for a page that does not exist: unknown section, page number out of range. */
class PageNotFoundException extends RuntimeException {

	PageNotFoundException() {
		super("페이지를 찾을 수 없습니다");
	}

}
