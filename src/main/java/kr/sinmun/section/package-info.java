/**
 * Sections of the paper (정치, 경제, …) and the menu built from them. API: {@link kr.sinmun.section.Sections},
 * {@link kr.sinmun.section.Section}, {@link kr.sinmun.section.MenuEntry}. A section may be a sub-section of a
 * top-level one (경제 &gt; 금융·증권), one level only. Sections are data: the defaults come from a migration and are edited
 * by administrators, in the newsroom or through the API, both held to {@link kr.sinmun.section.Sections#problems} and
 * the nesting rules ({@link kr.sinmun.section.InvalidSectionException},
 * {@link kr.sinmun.section.SectionNestingException}, {@link kr.sinmun.section.SlugTakenException}). Event:
 * {@link kr.sinmun.section.SectionsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sections")
package kr.sinmun.section;
