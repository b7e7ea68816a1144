package kr.sinmun.tipoff;

/** An attachment's bytes, for a desk editor's download. */
public record TipFile(String fileName, String contentType, byte[] bytes) {
}
