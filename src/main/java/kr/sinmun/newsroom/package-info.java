/**
 * The newsroom at {@code /newsroom}: where reporters write, desks approve and publish, and administrators run
 * the paper. It uses the other modules' APIs and nothing uses it. Its security chain (form login, CSRF, the
 * session in PostgreSQL) is its own; every action checks the role on the server through {@link
 * kr.sinmun.newsroom.Permissions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package kr.sinmun.newsroom;
