package kr.sinmun.article;

/**
 * What someone in the newsroom can do to an article's state, and the state it leads to. Who may take which
 * action from which state is {@link ArticleWorkflow}'s rule; the newsroom offers only the allowed actions and
 * the server asks again whatever arrives.
 */
public enum ArticleAction {

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
	/** 반려: back to the reporter, always with a note saying why. */
	RETURN("반려", ArticleStatus.DRAFT),
	/** 출고 취소: taken down for readers, kept in the newsroom (not deleted: it can be published again). */
	UNPUBLISH("출고 취소", ArticleStatus.UNPUBLISHED);

	private final String label;

	private final ArticleStatus target;

	ArticleAction(String label, ArticleStatus target) {
		this.label = label;
		this.target = target;
	}

	/** The button's Korean name. */
	public String label() {
		return label;
	}

	/** The state the article is in afterwards. */
	public ArticleStatus target() {
		return target;
	}

	/** Whether this action needs a note to the reporter (반려: the reporter must learn what to fix). */
	public boolean needsNote() {
		return this == RETURN;
	}

	/** Whether this action needs a time to come (예약, 엠바고). */
	public boolean timed() {
		return this == SCHEDULE || this == EMBARGO;
	}

}
