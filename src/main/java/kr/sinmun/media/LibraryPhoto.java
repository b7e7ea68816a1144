package kr.sinmun.media;

import java.time.Instant;
import java.util.List;

/**
 * A photo of the library as the newsroom shows and reuses it. {@link #src()} is the copy to put in an article
 * (the largest rendition of the current crop), {@link #card()} the 3:2 copy cut around the focal point, or
 * {@code null} for a GIF. Addresses change with every new crop or focal point (the edition), so no cache keeps
 * showing an old cut.
 */
public record LibraryPhoto(long id, Long uploaderId, Instant uploadedAt, PhotoDetails details, String contentType,
		int width, int height, Crop crop, double focalX, double focalY, int edition, String url,
		List<StoredMedia.Rendition> renditions, StoredMedia.Rendition card) {

	public LibraryPhoto {
		renditions = List.copyOf(renditions);
	}

	/** The uploader edits their own photos' words and crop; the desk and administrators edit every photo. */
	public boolean mayBeEditedBy(long userId, boolean desk) {
		return desk || (uploaderId != null && uploaderId == userId);
	}

	/** Whether crop and focal point apply: a GIF is kept as uploaded, to keep its animation. */
	public boolean croppable() {
		return !contentType.equals("image/gif");
	}

	/** The photo as any stored image: which of its copies goes into an article is {@link StoredMedia}'s rule. */
	public StoredMedia stored() {
		return new StoredMedia(id, url, contentType, width, height, renditions);
	}

	public String src() {
		return stored().src();
	}

	public int srcWidth() {
		return stored().srcWidth();
	}

	public int srcHeight() {
		return stored().srcHeight();
	}

	/** The small copy for lists: the card when there is one, otherwise the smallest rendition or the original. */
	public StoredMedia.Rendition thumbnail() {
		if (card != null) {
			return card;
		}
		if (!renditions.isEmpty()) {
			return renditions.get(0);
		}
		return new StoredMedia.Rendition(width, height, url, url);
	}

	/** The crop, or the whole picture. */
	public Crop frame() {
		return crop != null ? crop : new Crop(0, 0, width, height);
	}

}
