package kr.sinmun.media;

/**
 * What a newsroom writes about a photo in the library: the caption and credit the editor fills in when the photo
 * is put in an article, and the alt text (사진 설명) for readers who cannot see it. Text is kept as typed, trimmed;
 * templates escape it.
 */
public record PhotoDetails(String caption, String credit, String altText) {

	public static final int CAPTION_MAX = 500;

	public static final int CREDIT_MAX = 100;

	public static final int ALT_MAX = 300;

	public PhotoDetails {
		caption = caption == null ? "" : caption.strip();
		credit = credit == null ? "" : credit.strip();
		altText = altText == null ? "" : altText.strip();
	}

	public static PhotoDetails none() {
		return new PhotoDetails("", "", "");
	}

}
