package kr.sinmun.site;

import java.nio.charset.StandardCharsets;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ReaderPreview;

import org.springframework.stereotype.Component;

/**
 * The newsroom's 미리보기 drawn by the reader site's own article template and view, so a preview cannot drift from
 * the page readers get. It goes through neither the page cache nor the view counter: the newsroom asks for it
 * and shows it on a page of its own.
 */
@Component
class ArticlePreviews implements ReaderPreview {

	private final ArticleViews views;

	private final PageRenderer renderer;

	ArticlePreviews(ArticleViews views, PageRenderer renderer) {
		this.views = views;
		this.renderer = renderer;
	}

	@Override
	public String page(ArticleDetail article) {
		return new String(renderer.render("site/article.jte", views.preview(article)), StandardCharsets.UTF_8);
	}

}
