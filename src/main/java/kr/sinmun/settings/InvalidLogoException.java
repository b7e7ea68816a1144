package kr.sinmun.settings;

/**
 * An upload that cannot be the paper's logo: not PNG or SVG, damaged, too large ({@code status} 413) or refused
 * by the SVG allow-list. The message is Korean, for the person who uploaded it.
 */
public class InvalidLogoException extends RuntimeException {

	private final int status;

	InvalidLogoException(int status, String message) {
		super(message);
		this.status = status;
	}

	/** 400 for a file that is not a usable logo, 413 for one over the size limit. */
	public int status() {
		return status;
	}

}
