package kr.sinmun.media;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryPhotoTests {

	private static LibraryPhoto photo(String contentType, List<StoredMedia.Rendition> renditions) {
		return new LibraryPhoto(7, 3L, Instant.parse("2026-12-01T00:00:00Z"), new PhotoDetails("첫눈", "사진=시험", "눈"),
				contentType, 4000, 3000, null, 0.5, 0.5, 0, "/media/first.jpg", renditions, null);
	}

	@Test
	void putsTheLargestRenditionIntoAnArticleAsAStoredImageDoes() {
		LibraryPhoto photo = photo("image/jpeg", List.of(new StoredMedia.Rendition(480, 360, "/media/first-480.jpg",
				"/media/first-480.webp"), new StoredMedia.Rendition(1200, 900, "/media/first-1200.jpg", "/media/first-1200.webp")));

		assertThat(photo.src()).isEqualTo("/media/first-1200.jpg").isEqualTo(photo.stored().src());
		assertThat(photo.srcWidth()).isEqualTo(1200);
		assertThat(photo.srcHeight()).isEqualTo(900);
	}

	@Test
	void putsTheOriginalIntoAnArticleWhenNoRenditionWasMade() {
		LibraryPhoto gif = photo("image/gif", List.of());

		assertThat(gif.src()).isEqualTo("/media/first.jpg");
		assertThat(gif.srcWidth()).isEqualTo(4000);
		assertThat(gif.srcHeight()).isEqualTo(3000);
		assertThat(gif.stored()).isEqualTo(new StoredMedia(7, "/media/first.jpg", "image/gif", 4000, 3000, List.of()));
	}

}
