/**
 * The JSON API under {@code /api/v1}: token issue, sections and articles. Errors are RFC 9457 problem details
 * with Korean {@code detail}. Uses the other modules; nothing uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package kr.sinmun.api;
