package kr.sinmun.article;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import kr.sinmun.people.Role;

/**
 * Who may do what to an article, whichever door the request comes in by: the newsroom's editor and the API ask
 * here, so a 기자's token cannot do what the 기자's editor refuses. 기자 write their own drafts and hand them to
 * the desk; 데스크 and 관리자 edit anyone's article and move it through every state.
 * <p>
 * An article is "waiting" when it is {@link ArticleStatus#PUBLISHED} with a time still to come (예약 or 엠바고):
 * the desk may still publish it now, reschedule it or hold it, but not take it down, since readers never saw it.
 */
public final class ArticleWorkflow {

	private ArticleWorkflow() {
	}

	/** 데스크 and 관리자: they edit, approve and publish anyone's articles. */
	public static boolean isDesk(Role role) {
		return role == Role.EDITOR || role == Role.ADMIN;
	}

	/**
	 * Whether {@code role} may take {@code action} on an article in {@code status}; {@code own} says the article is
	 * the actor's (they are its reporter), {@code waiting} that it is published with a time still to come.
	 */
	public static boolean allows(Role role, ArticleAction action, ArticleStatus status, boolean own, boolean waiting) {
		boolean desk = isDesk(role);
		// A waiting article is still the desk's to time; only one readers may already see counts as out.
		boolean out = status == ArticleStatus.PUBLISHED && !waiting;
		return switch (action) {
			case SUBMIT -> (own || desk) && status == ArticleStatus.DRAFT;
			case WITHDRAW -> own && status == ArticleStatus.SUBMITTED;
			case PUBLISH, SCHEDULE, EMBARGO -> desk && !out;
			case HOLD -> desk && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.DRAFT || waiting);
			case RETURN -> desk && (status == ArticleStatus.SUBMITTED || status == ArticleStatus.HELD);
			case UNPUBLISH -> desk && out;
		};
	}

	/** Whether {@code actorId} in {@code role} may take {@code action} on {@code article} at {@code now}. */
	public static boolean allows(Role role, long actorId, ArticleAction action, ArticleDetail article, Instant now) {
		return allows(role, action, article.status(), article.reporterId() == actorId, waiting(article, now));
	}

	/** Every action {@code actorId} in {@code role} may take on {@code article} at {@code now}, in button order. */
	public static Set<ArticleAction> allowed(Role role, long actorId, ArticleDetail article, Instant now) {
		Set<ArticleAction> allowed = EnumSet.noneOf(ArticleAction.class);
		for (ArticleAction action : ArticleAction.values()) {
			if (allows(role, actorId, action, article, now)) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Whether {@code role} may mark an article 속보 or lift the mark: the desk only, the bar being on every page. */
	public static boolean mayMarkBreaking(Role role) {
		return isDesk(role);
	}

	/** Whether {@code actorId} may pin 관련기사 to the article: whoever may change its text. */
	public static boolean mayPinRelated(Role role, long actorId, ArticleDetail article) {
		return mayEdit(role, actorId, article);
	}

	/** Whether {@code actorId} may change the article's text: 기자 their own drafts, the desk anything. */
	public static boolean mayEdit(Role role, long actorId, ArticleDetail article) {
		return isDesk(role) || (article.reporterId() == actorId && article.status() == ArticleStatus.DRAFT);
	}

	/**
	 * Whether {@code actorId} may delete the article as a draft: its reporter, or the desk. (Whether it still is a
	 * draft is the article's state: {@link Articles#discard} refuses anything sent or published.)
	 */
	public static boolean mayDiscard(Role role, long actorId, ArticleDetail article) {
		return isDesk(role) || article.reporterId() == actorId;
	}

	/**
	 * Whether {@code actorId} may write in the article's note thread: its reporter and co-reporters, and the desk.
	 * Another reporter may not, even on an article readers can see.
	 */
	public static boolean mayNote(Role role, long actorId, ArticleDetail article) {
		return isDesk(role) || article.writtenBy(actorId);
	}

	/**
	 * Whether someone in {@code role} may store an article straight in {@code status}, as the API does: a state
	 * the draft starts in, or one that some action this role may take leads to. For 기자 that is 작성중 and 송고;
	 * the desk may use them all.
	 */
	public static boolean mayStoreAs(Role role, ArticleStatus status) {
		if (status == ArticleStatus.DRAFT) {
			return true;
		}
		for (ArticleAction action : ArticleAction.values()) {
			if (action.target() == status && reachable(role, action)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code actorId} may put an article under {@code reporterId}'s byline: the desk credits anyone. */
	public static boolean mayWriteAs(Role role, long actorId, long reporterId) {
		return isDesk(role) || actorId == reporterId;
	}

	private static boolean reachable(Role role, ArticleAction action) {
		for (ArticleStatus from : ArticleStatus.values()) {
			for (boolean own : new boolean[] { true, false }) {
				boolean waitingToo = from == ArticleStatus.PUBLISHED && allows(role, action, from, own, true);
				if (allows(role, action, from, own, false) || waitingToo) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean waiting(ArticleDetail article, Instant now) {
		return article.status() == ArticleStatus.PUBLISHED && !article.visibleAt(now);
	}

}
