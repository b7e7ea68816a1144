package kr.sinmun.newsroom;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleStatus;

/**
 * What can be done to an article, by whom and from which state. The newsroom offers only the allowed
 * actions, and the server checks again whatever arrives, so a hand-made request gets a 403, not a change.
 */
enum WorkflowAction {

	/** 송고: the reporter hands the article to the desk. */
	SUBMIT("송고", ArticleStatus.SUBMITTED),
	/** 송고 취소: the reporter takes it back to keep writing. */
	WITHDRAW("송고 취소", ArticleStatus.DRAFT),
	/** 출고: published now (or, from 예약/엠바고, moved to now). */
	PUBLISH("지금 출고", ArticleStatus.PUBLISHED),
	/** 예약: published at a time to come. */
	SCHEDULE("예약 출고", ArticleStatus.PUBLISHED),
	/** 엠바고: approved, public only after a time. */
	EMBARGO("엠바고 설정", ArticleStatus.PUBLISHED),
	/** 보류: the desk holds it back. */
	HOLD("보류", ArticleStatus.HELD),
	/** 반려: back to the reporter. */
	RETURN("반려", ArticleStatus.DRAFT),
	/** 삭제: taken down for readers, kept in the newsroom. */
	UNPUBLISH("출고 취소(삭제)", ArticleStatus.UNPUBLISHED);

	private final String label;

	private final ArticleStatus target;

	WorkflowAction(String label, ArticleStatus target) {
		this.label = label;
		this.target = target;
	}

	String label() {
		return label;
	}

	ArticleStatus target() {
		return target;
	}

	/** Whether this action needs a time to come. */
	boolean timed() {
		return this == SCHEDULE || this == EMBARGO;
	}

	boolean allowed(Staff staff, ArticleDetail article, Instant now) {
		boolean own = article.reporterId() == staff.id();
		ArticleStatus status = article.status();
		boolean waiting = status == ArticleStatus.PUBLISHED && !article.visibleAt(now);
		return switch (this) {
			case SUBMIT -> (own || staff.isDesk()) && status == ArticleStatus.DRAFT;
			case WITHDRAW -> own && status == ArticleStatus.SUBMITTED;
			case PUBLISH -> staff.isDesk() && (status != ArticleStatus.PUBLISHED || waiting);
			case SCHEDULE, EMBARGO -> staff.isDesk() && (status != ArticleStatus.PUBLISHED || waiting);
			case HOLD -> staff.isDesk() && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.DRAFT || waiting);
			case RETURN -> staff.isDesk() && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.HELD);
			case UNPUBLISH -> staff.isDesk() && status == ArticleStatus.PUBLISHED && !waiting;
		};
	}

	static Set<WorkflowAction> allowedFor(Staff staff, ArticleDetail article, Instant now) {
		Set<WorkflowAction> allowed = EnumSet.noneOf(WorkflowAction.class);
		for (WorkflowAction action : values()) {
			if (action.allowed(staff, article, now)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

}
