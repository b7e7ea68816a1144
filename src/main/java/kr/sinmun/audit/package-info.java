/**
 * The audit log: every administrative change, whatever the door it came through (the newsroom or the API), with
 * who made it and when. API: {@link kr.sinmun.audit.AuditLog} (record a change, read the newest),
 * {@link kr.sinmun.audit.AuditEntry}, {@link kr.sinmun.audit.Door}. It owns the {@code audit_log} table and
 * depends on no other module; the newsroom and the API call it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kr.sinmun.audit;
