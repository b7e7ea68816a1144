package kr.sinmun.people;

/** What it takes to create an account; the password arrives in clear text and is hashed on the way in. */
public record NewUser(String username, String rawPassword, String displayName, String email, Role role, String bio) {
}
