package kr.sinmun.people;

/** What an administrator may change about an account (the password has its own way in). */
public record AccountChange(String displayName, String email, Role role, String bio, boolean enabled) {
}
