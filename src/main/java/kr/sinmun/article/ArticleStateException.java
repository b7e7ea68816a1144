package kr.sinmun.article;

/**
 * A request the article's state does not allow, whoever asks: 반려 of a draft, deleting a sent or published
 * article. A conflict with the article as it stands (409), not a missing right (403); the message is Korean and
 * says what to do instead.
 */
public class ArticleStateException extends RuntimeException {

	public ArticleStateException(String message) {
		super(message);
	}

}
