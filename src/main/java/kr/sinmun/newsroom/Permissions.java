package kr.sinmun.newsroom;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

import org.springframework.security.access.AccessDeniedException;

/** Who may touch what, checked on the server for every request whatever the page offered. */
final class Permissions {

	private Permissions() {
	}

	/** 기자 edit their own drafts; 데스크 and 관리자 edit anything. */
	static boolean canEdit(Staff staff, ArticleDetail article) {
		return staff.isDesk() || (article.reporterId() == staff.id() && article.status() == ArticleStatus.DRAFT);
	}

	/** Anyone in the newsroom may read an article in any state; only its reporter and the desk see drafts. */
	static boolean canView(Staff staff, ArticleDetail article) {
		return staff.isDesk() || article.reporterId() == staff.id() || article.status() != ArticleStatus.DRAFT;
	}

	static void requireEdit(Staff staff, ArticleDetail article) {
		if (!canEdit(staff, article)) {
			throw new AccessDeniedException(article.reporterId() == staff.id()
					? "송고한 기사는 데스크만 고칠 수 있습니다. 고치려면 송고를 취소하십시오." : "다른 기자의 기사는 고칠 수 없습니다.");
		}
	}

	static void requireView(Staff staff, ArticleDetail article) {
		if (!canView(staff, article)) {
			throw new AccessDeniedException("다른 기자의 작성중 기사는 볼 수 없습니다.");
		}
	}

	static void requireDesk(Staff staff) {
		if (!staff.isDesk()) {
			throw new AccessDeniedException("데스크만 할 수 있는 일입니다.");
		}
	}

}
