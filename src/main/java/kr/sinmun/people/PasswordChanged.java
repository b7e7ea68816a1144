package kr.sinmun.people;

/**
 * A user's password was replaced: by the user ({@code bySelf}, on the password page) or by an administrator's
 * reset. Published inside the change's transaction, so the modules holding credentials derived from the old
 * password (API tokens, newsroom sessions) revoke them before the change commits.
 */
public record PasswordChanged(long userId, String username, boolean bySelf) {
}
