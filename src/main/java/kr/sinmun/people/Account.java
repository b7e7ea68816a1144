package kr.sinmun.people;

import java.time.Instant;

/** A newsroom account as administrators manage it. */
public record Account(long id, String username, String displayName, String email, Role role, String bio,
		boolean enabled, Instant lockedUntil) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
