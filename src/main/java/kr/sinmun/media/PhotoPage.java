package kr.sinmun.media;

import java.util.List;

/** One page of library photos, newest first, and how many the search found in all. */
public record PhotoPage(List<LibraryPhoto> photos, long total, int page, int pageSize) {

	public PhotoPage {
		photos = List.copyOf(photos);
	}

	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

}
