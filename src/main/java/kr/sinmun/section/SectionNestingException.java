package kr.sinmun.section;

/**
 * A parent that cannot be one: the section itself, an unknown section, a sub-section (there is one level only),
 * or a parent given to a section that has sub-sections of its own. The message says which, in Korean.
 */
public class SectionNestingException extends RuntimeException {

	SectionNestingException(String message) {
		super(message);
	}

}
