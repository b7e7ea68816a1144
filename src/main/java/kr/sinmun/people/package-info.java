/**
 * The people who make the paper: user accounts, roles and reporters' public profiles.
 * API: {@link kr.sinmun.people.People}, {@link kr.sinmun.people.Reporter}, {@link kr.sinmun.people.Role}.
 * On first start with no users it creates the administrator {@code admin}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package kr.sinmun.people;
