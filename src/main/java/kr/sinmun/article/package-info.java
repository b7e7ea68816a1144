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
 * An article's end: {@link kr.sinmun.article.Articles#articleEnd} reads what the end of its page lists in one
 * query ({@link kr.sinmun.article.ArticleEnd}), and the desk pins 관련기사 ({@link kr.sinmun.article.Articles#pinRelated},
 * event {@link kr.sinmun.article.RelatedPinsChanged}). 속보: {@link kr.sinmun.article.BreakingNews} keeps the bar
 * every reader page shows ({@link kr.sinmun.article.BreakingArticle}) and announces its end once for the
 * installation; event {@link kr.sinmun.article.BreakingNewsChanged}.
 * 연재: {@link kr.sinmun.article.SeriesEpisodes} keeps which series (by id) an article is in and numbers its visible
 * episodes by publication time ({@link kr.sinmun.article.Episode}, {@link kr.sinmun.article.EpisodeBox}); event
 * {@link kr.sinmun.article.ArticleSeriesChanged} when a visible article changes series.
 * Other nodes receive the same events through the change feed, outside any transaction. Every body is
 * sanitized with an allow-list before it is stored.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package kr.sinmun.article;
