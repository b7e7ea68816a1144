package kr.sinmun.article;

/**
 * Shows an article as the reader site would, before it is published: the newsroom's 미리보기 asks, the reader site
 * answers with its own article template, so what the writer previews is what readers get. Turned around this
 * way because the newsroom and the reader site may not use each other; both use this module.
 */
public interface ReaderPreview {

	/**
	 * The reader's article page for {@code article} (as {@link Articles#preview} prepared it), as a whole HTML
	 * document marked {@code noindex}. Nothing is stored, cached or counted.
	 */
	String page(ArticleDetail article);

}
