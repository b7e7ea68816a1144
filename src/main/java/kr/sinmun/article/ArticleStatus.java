package kr.sinmun.article;

/**
 * Where an article stands in the newsroom's workflow. Only {@code PUBLISHED} articles whose time has come are
 * shown to readers; a {@code PUBLISHED} article with a time still to come is 예약 (or 엠바고, if the desk marked
 * it so) until that second.
 */
public enum ArticleStatus {

	/** 작성중: the reporter is writing. */
	DRAFT("작성중"),
	/** 송고: sent to the desk. */
	SUBMITTED("송고"),
	/** 보류: the desk holds it back. */
	HELD("보류"),
	/** 출고: published, or due to be at its time. */
	PUBLISHED("출고"),
	/** 출고 취소: taken down for readers, kept for the record (and publishable again); not deleted. */
	UNPUBLISHED("출고 취소");

	private final String label;

	ArticleStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
