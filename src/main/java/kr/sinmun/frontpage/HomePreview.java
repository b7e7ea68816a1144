package kr.sinmun.frontpage;

import java.util.List;

/**
 * Shows the home page as the reader site would draw it from a composition that is not stored: 홈 편집's 미리보기
 * asks, the reader site answers with its own home template, so what the desk previews is what readers get.
 * Turned around this way (like {@code article.ReaderPreview}) because the newsroom and the reader site may not use
 * each other; both use this module.
 */
public interface HomePreview {

	/**
	 * The reader's home page drawn from {@code layout} (main column first, each column in order) instead of the
	 * stored composition, with today's news and placements, as a whole HTML document marked {@code noindex}.
	 * Nothing is stored, cached or counted.
	 */
	String page(List<Box> layout);

}
