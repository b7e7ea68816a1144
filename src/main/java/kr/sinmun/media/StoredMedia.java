package kr.sinmun.media;

import java.util.List;

/**
 * An uploaded image: the original and its renditions, smallest first. {@link #src()} is the copy to put in
 * an article: the largest rendition, or the original when none was made (GIFs keep their animation).
 */
public record StoredMedia(long id, String url, String contentType, int width, int height, List<Rendition> renditions) {

	public StoredMedia {
		renditions = List.copyOf(renditions);
	}

	/** One smaller copy, as JPEG and as WebP. */
	public record Rendition(int width, int height, String jpeg, String webp) {
	}

	public String src() {
		return renditions.isEmpty() ? url : renditions.get(renditions.size() - 1).jpeg();
	}

	public int srcWidth() {
		return renditions.isEmpty() ? width : renditions.get(renditions.size() - 1).width();
	}

	public int srcHeight() {
		return renditions.isEmpty() ? height : renditions.get(renditions.size() - 1).height();
	}

}
