package kr.sinmun.newsroom;

import kr.sinmun.article.ArticleViewer;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.people.Role;

/** The person using the newsroom right now. */
record Staff(long id, String username, String name, Role role) {

	/** 데스크 and 관리자 edit, approve and publish anyone's articles (the article module's rule). */
	boolean isDesk() {
		return ArticleWorkflow.isDesk(role);
	}

	boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** This person as the article module sees a reader of the newsroom's lists. */
	ArticleViewer viewer() {
		return ArticleViewer.of(id, role);
	}

}
