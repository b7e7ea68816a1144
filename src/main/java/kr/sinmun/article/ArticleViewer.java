package kr.sinmun.article;

import kr.sinmun.people.Role;

/**
 * Someone in the newsroom asking for articles, through the newsroom or the API: what they may see follows from
 * who they are. 기자 see their own unpublished work (as reporter or co-reporter) and what readers see; 데스크
 * and 관리자 see everything. The rule lives here and in {@link Articles}, so the newsroom and the API ask the
 * same question and cannot drift apart.
 */
public record ArticleViewer(long userId, boolean seesEverything) {

	public static ArticleViewer of(long userId, Role role) {
		return new ArticleViewer(userId, ArticleWorkflow.isDesk(role));
	}

	boolean wrote(ArticleDetail article) {
		return article.reporterId() == userId || article.coReporterIds().contains(userId);
	}

}
