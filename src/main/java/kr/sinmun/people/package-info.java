/**
 * The people who make the paper: user accounts, roles and reporters' public profiles, and how passwords are
 * checked (the one {@code AuthenticationProvider}, behind the login throttle).
 * API: {@link kr.sinmun.people.People}, {@link kr.sinmun.people.Reporter}, {@link kr.sinmun.people.Role}, and
 * {@link kr.sinmun.people.PasswordRules}, what every form that sets a password asks;
 * events {@link kr.sinmun.people.PasswordChanged} and {@link kr.sinmun.people.ReporterProfileChanged} (a new
 * portrait: bylines and reporter cards change), published inside the change's transaction.
 * On first start with no users it creates the administrator {@code admin}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package kr.sinmun.people;
