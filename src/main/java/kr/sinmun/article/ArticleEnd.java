package kr.sinmun.article;

import java.util.List;

/**
 * What the end of an article page lists, read in one query: the 관련기사 the desk pinned (in its order), those
 * of the search module's similar articles a reader may see (in the order given), the reporter's other latest
 * articles and the section's. None of the lists holds the article itself; each holds visible articles only.
 */
public record ArticleEnd(List<ArticleSummary> pinned, List<ArticleSummary> found, List<ArticleSummary> byReporter,
		List<ArticleSummary> sameSection) {

	public ArticleEnd {
		pinned = List.copyOf(pinned);
		found = List.copyOf(found);
		byReporter = List.copyOf(byReporter);
		sameSection = List.copyOf(sameSection);
	}

	/** Every article the lists hold, for loading their reporters at once. */
	public List<ArticleSummary> all() {
		return java.util.stream.Stream.of(pinned, found, byReporter, sameSection).flatMap(List::stream).toList();
	}

}
