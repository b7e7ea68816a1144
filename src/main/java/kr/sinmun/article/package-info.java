/**
 * Articles: writing, storing and publishing news. API: {@link kr.sinmun.article.Articles} with the records it
 * returns ({@link kr.sinmun.article.ArticleSummary}, {@link kr.sinmun.article.ArticleDetail}) and the rule of who in
 * the newsroom may see what ({@link kr.sinmun.article.ArticleViewer}, {@link kr.sinmun.article.Articles#maySee}), the
 * editorial rules every door asks (who may take which {@link kr.sinmun.article.ArticleAction} from which state,
 * who may write desk notes and delete drafts: {@link kr.sinmun.article.ArticleWorkflow}; what each field and note may
 * hold: {@link kr.sinmun.article.ArticleFields}; what the state forbids: {@link kr.sinmun.article.ArticleStateException});
 * the desk's notes ({@link kr.sinmun.article.ArticleNote}) and deleted drafts ({@link kr.sinmun.article.DiscardedDraft}); events
 * {@link kr.sinmun.article.ArticlePublished} and {@link kr.sinmun.article.ArticleUnpublished}, published inside
 * the transaction that saved the article (once per change, on the node that made it), and
 * {@link kr.sinmun.article.ArticleAppeared} when a scheduled article's time comes (once for the installation).
 * Other nodes receive the same events through the change feed, outside any transaction. Every body is
 * sanitized with an allow-list before it is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package kr.sinmun.article;
