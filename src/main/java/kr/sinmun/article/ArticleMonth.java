package kr.sinmun.article;

import java.time.Instant;
import java.time.YearMonth;

/** A month (KST) of published articles: how many, and when the newest change among them was made. */
public record ArticleMonth(YearMonth month, long articles, Instant lastModified) {
}
