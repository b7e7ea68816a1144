package kr.sinmun.article;

/** No article with this id, or none a reader may see. */
public class ArticleNotFoundException extends RuntimeException {

	public ArticleNotFoundException(long id) {
		super("기사를 찾을 수 없습니다: " + id);
	}

}
