package kr.sinmun.article;

/** An article whose body embeds a video, and the provider of its first video ({@code youtube}, {@code navertv}…). */
public record ArticleVideo(ArticleSummary article, String provider) {
}
