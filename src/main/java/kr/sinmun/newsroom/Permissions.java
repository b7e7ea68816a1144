package kr.sinmun.newsroom;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleWorkflow;
import kr.sinmun.article.Articles;

import org.springframework.security.access.AccessDeniedException;

/** Who may touch what, checked on the server for every request whatever the page offered. */
final class Permissions {

	private Permissions() {
	}

	/** Who may edit what is the article module's rule ({@link ArticleWorkflow#mayEdit}); the API asks it too. */
	static boolean canEdit(Staff staff, ArticleDetail article) {
		return ArticleWorkflow.mayEdit(staff.role(), staff.id(), article);
	}

	static void requireEdit(Staff staff, ArticleDetail article) {
		if (!canEdit(staff, article)) {
			throw new AccessDeniedException(article.reporterId() == staff.id()
					? "송고한 기사는 데스크만 고칠 수 있습니다. 고치려면 송고를 취소하십시오." : "다른 기자의 기사는 고칠 수 없습니다.");
		}
	}

	/** Who may read what is the article module's rule ({@link Articles#maySee}); the API asks it too. */
	static void requireView(Articles articles, Staff staff, ArticleDetail article) {
		if (!articles.maySee(staff.viewer(), article)) {
			throw new AccessDeniedException("다른 기자의 출고 전 기사는 볼 수 없습니다.");
		}
	}

	static void requireDesk(Staff staff) {
		if (!staff.isDesk()) {
			throw new AccessDeniedException("데스크만 할 수 있는 일입니다.");
		}
	}

}
