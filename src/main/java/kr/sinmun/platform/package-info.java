/**
 * Cross-cutting plumbing that belongs to no feature: the data directory, the database (embedded or
 * external PostgreSQL), the clock and Korean date formats, error pages, readiness, and the default web
 * security. Depends on no feature module; features depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.sinmun.platform;
