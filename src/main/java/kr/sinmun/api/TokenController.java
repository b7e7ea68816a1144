package kr.sinmun.api;

import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kr.sinmun.people.People;
import kr.sinmun.platform.KoreanDates;

@RestController
class TokenController {

	private final ApiTokens tokens;

	private final People people;

	TokenController(ApiTokens tokens, People people) {
		this.tokens = tokens;
		this.people = people;
	}

	@PostMapping("/api/v1/auth/token")
	@ResponseStatus(HttpStatus.CREATED)
	TokenResponse issue(Authentication authentication) {
		long userId = people.userId(authentication.getName()).orElseThrow();
		ApiTokens.IssuedToken issued = tokens.issue(userId);
		return new TokenResponse(issued.token(), OffsetDateTime.ofInstant(issued.expiresAt(), KoreanDates.SEOUL));
	}

	record TokenResponse(String token, OffsetDateTime expiresAt) {
	}

}
