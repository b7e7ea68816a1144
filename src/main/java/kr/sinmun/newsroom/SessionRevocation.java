package kr.sinmun.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import kr.sinmun.people.PasswordChanged;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends newsroom sessions when a password changes: whoever knew the old password, or held a session opened with
 * it, is out at once, on every node (sessions live in PostgreSQL). A user who changes their own password keeps
 * the session they did it from; an administrator's reset ends them all.
 */
@Component
class SessionRevocation {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(PasswordChanged changed) {
		String kept = changed.bySelf() ? currentSessionId() : null;
		sessions.findByPrincipalName(changed.username())
			.keySet()
			.stream()
			.filter(id -> !id.equals(kept))
			.forEach(sessions::deleteById);
	}

	private static String currentSessionId() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			HttpSession session = request.getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
