package kr.sinmun.audit;

import java.time.Instant;

/** One administrative change as the audit log keeps it; {@code actor} is the person's display name. */
public record AuditEntry(Instant at, String actor, Door door, String action, String target, String detail) {
}
