package kr.sinmun.article;

import java.util.List;

/** One page of a list and the total it was cut from. */
public record ArticlePage<T>(List<T> items, long total, int page, int size) {

	public int pageCount() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
