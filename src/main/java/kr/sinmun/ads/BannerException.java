package kr.sinmun.ads;

/** A campaign that cannot be stored as given; {@code field} names the input at fault. */
public class BannerException extends RuntimeException {

	private final String field;

	public BannerException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
