package kr.sinmun.search;

/** The newsroom added, changed or removed a dictionary word: every node rebuilds its index with the new words. */
public record SearchDictionaryChanged(String word) {
}
