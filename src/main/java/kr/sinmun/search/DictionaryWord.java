package kr.sinmun.search;

/**
 * A word of the newsroom dictionary: a proper noun or coinage kept whole ({@code 가람전자}), optionally with the
 * parts it should also be found by ({@code 가람 전자}).
 */
public record DictionaryWord(String word, String segmentation) {
}
