package kr.sinmun.article;

/** Someone saved the article after the version this save started from; {@code current} is what they saved. */
public class ArticleConflictException extends RuntimeException {

	private final transient ArticleDetail current;

	public ArticleConflictException(ArticleDetail current) {
		super("기사가 그사이 다른 사람에 의해 저장되었습니다(현재 버전 " + current.version() + ").");
		this.current = current;
	}

	public ArticleDetail current() {
		return current;
	}

}
