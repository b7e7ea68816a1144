package kr.sinmun.search;

/** An entry with the same words (a group) or the same short forms (an expansion) is already in the dictionary. */
public class DuplicateSynonymException extends RuntimeException {

	DuplicateSynonymException(SynonymEntry entry) {
		super(entry.kind() == SynonymEntry.Kind.GROUP
				? "같은 낱말의 동의어 묶음이 이미 있습니다: " + String.join(", ", entry.words())
				: "‘" + String.join(", ", entry.words()) + "’의 약어 풀이가 이미 있습니다. 그 항목을 고치십시오.");
	}

}
