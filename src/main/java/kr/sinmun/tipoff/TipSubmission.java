package kr.sinmun.tipoff;

import java.util.List;

/** What a reader typed and attached on the 기사제보 form. */
public record TipSubmission(String name, String contact, String body, boolean consent, List<Upload> files) {

	/** A file as it arrived: the name the reader's browser gave it and its bytes. */
	public record Upload(String fileName, byte[] bytes) {
	}

}
