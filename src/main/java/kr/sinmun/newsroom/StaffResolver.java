package kr.sinmun.newsroom;

import kr.sinmun.people.Account;
import kr.sinmun.people.People;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands controllers the logged-in {@link Staff}, read fresh from the database on each request: a role
 * changed or an account disabled by an administrator takes effect at once, not at the next login.
 */
@Component
class StaffResolver implements HandlerMethodArgumentResolver {

	private final People people;

	StaffResolver(People people) {
		this.people = people;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Staff.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new AccessDeniedException("로그인이 필요합니다.");
		}
		return people.userId(authentication.getName())
			.flatMap(people::account)
			.filter(Account::enabled)
			.map(account -> new Staff(account.id(), account.username(), account.displayName(), account.role()))
			.orElseThrow(() -> new AccessDeniedException("사용할 수 없는 계정입니다."));
	}

}
