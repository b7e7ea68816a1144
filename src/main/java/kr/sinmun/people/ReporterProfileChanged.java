package kr.sinmun.people;

/**
 * What a reporter's byline or card shows changed (their portrait): the pages that show it (their page and their
 * articles') are dropped on every node.
 */
public record ReporterProfileChanged(long reporterId) {
}
