/**
 * Cross-cutting plumbing that belongs to no feature: the data directory, the database (embedded or
 * external PostgreSQL), the clock and Korean date formats, error pages, readiness, the default web
 * security and {@code Strict-Transport-Security}, the table of cache lifetimes per kind of answer
 * ({@link kr.sinmun.platform.CachePolicy}) and crawler detection ({@link kr.sinmun.platform.Crawlers}).
 * Depends on no feature module; features depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.sinmun.platform;
