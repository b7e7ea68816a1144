package kr.sinmun.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} against the stored token hashes. */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String API_CLIENT = "API_CLIENT";

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			if (!token.isEmpty() && token.length() <= 200) {
				tokens.owner(token).ifPresent(owner -> {
					var authentication = new UsernamePasswordAuthenticationToken(owner, null,
							List.of(new SimpleGrantedAuthority(API_CLIENT),
									new SimpleGrantedAuthority("ROLE_" + owner.role().name())));
					SecurityContextHolder.getContext().setAuthentication(authentication);
				});
			}
		}
		chain.doFilter(request, response);
	}

}
