/**
 * Articles: writing, storing and publishing news. API: {@link kr.sinmun.article.Articles} with the records it
 * returns ({@link kr.sinmun.article.ArticleSummary}, {@link kr.sinmun.article.ArticleDetail}) and the rule of who in
 * the newsroom may see what ({@link kr.sinmun.article.ArticleViewer}, {@link kr.sinmun.article.Articles#maySee}); events
 * {@link kr.sinmun.article.ArticlePublished} and {@link kr.sinmun.article.ArticleUnpublished}, published after
 * the change has committed. Every body is sanitized with an allow-list before it is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package kr.sinmun.article;
