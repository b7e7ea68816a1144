/**
 * 기사제보: what readers send the newsroom (text, contact, up to five photos) and what the desk does with it
 * (접수 → 검토중 → 기사화 or 종료). Attachments are kept in the database, never in the public media store, and every
 * tip is deleted when its retention period ends. API: {@link kr.sinmun.tipoff.Tips}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tips")
package kr.sinmun.tipoff;
