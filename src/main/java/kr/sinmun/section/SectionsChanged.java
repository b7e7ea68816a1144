package kr.sinmun.section;

/** An administrator added, renamed, reordered or hid a section: every page's menu changes. */
public record SectionsChanged() {
}
