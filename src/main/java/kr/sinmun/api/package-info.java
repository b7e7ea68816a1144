/**
 * The JSON API under {@code /api/v1}: token issue, sections, articles, photos, search, banners and weather, and
 * its own OpenAPI description at {@code /api/v1/openapi.json} ({@code ApiDocumentation}). Errors are
 * RFC 9457 problem details with Korean {@code detail}. Uses the other modules; nothing uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package kr.sinmun.api;
