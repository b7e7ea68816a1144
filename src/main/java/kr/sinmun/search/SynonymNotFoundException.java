package kr.sinmun.search;

/** The synonym dictionary has no entry of that id. */
public class SynonymNotFoundException extends RuntimeException {

	SynonymNotFoundException(long id) {
		super("동의어 사전에 없는 항목입니다: " + id);
	}

}
