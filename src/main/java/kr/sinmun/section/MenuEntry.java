package kr.sinmun.section;

import java.util.List;

/** A top-level section of the 전체메뉴 with its shown sub-sections, in order. */
public record MenuEntry(Section section, List<Section> subSections) {
}
