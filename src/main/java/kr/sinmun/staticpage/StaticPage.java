package kr.sinmun.staticpage;

import java.time.Instant;

/** A page of the publisher's own, such as 회사소개. {@code bodyHtml} is stored sanitized. */
public record StaticPage(String slug, String title, String bodyHtml, int position, Instant updatedAt) {

	public String url() {
		return "/page/" + slug;
	}

}
