package kr.sinmun.article;

/** An article as an episode of its series: {@code number} is its place by publication time (1 for the first). */
public record Episode(int number, ArticleSummary article) {
}
