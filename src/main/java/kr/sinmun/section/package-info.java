/**
 * Sections of the paper (정치, 경제, …) and the menu built from them. API: {@link kr.sinmun.section.Sections},
 * {@link kr.sinmun.section.Section}, {@link kr.sinmun.section.MenuEntry}. A section may be a sub-section of a
 * top-level one (경제 &gt; 금융·증권), one level only. Sections are data: the defaults come from a migration and are edited
 * by administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sections")
package kr.sinmun.section;
