package kr.sinmun.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

import kr.sinmun.frontpage.Box;
import kr.sinmun.frontpage.HomePreview;

import org.springframework.stereotype.Component;

/**
 * 홈 편집's 미리보기 drawn by the reader site's own home template and view from a composition the desk has not
 * stored, so the preview cannot drift from the page readers get. It goes through neither the page cache nor the
 * stored composition: the newsroom asks for it and shows it on a page of its own.
 */
@Component
class HomePreviews implements HomePreview {

	private final HomeViews views;

	private final PageRenderer renderer;

	HomePreviews(HomeViews views, PageRenderer renderer) {
		this.views = views;
		this.renderer = renderer;
	}

	@Override
	public String page(List<Box> layout) {
		return new String(renderer.render("site/home.jte", views.preview(layout)), StandardCharsets.UTF_8);
	}

}
