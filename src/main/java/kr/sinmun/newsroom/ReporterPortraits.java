package kr.sinmun.newsroom;

import java.io.IOException;

import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.StoredMedia;
import kr.sinmun.media.UnsupportedMediaException;
import kr.sinmun.people.People;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A reporter's portrait, as the administrator's user page and the reporter's own account page both replace it:
 * stored like any photo by the media module, whose small rendition is what the reporter page and the reporter
 * card under each article show.
 */
@Component
class ReporterPortraits {

	private final MediaLibrary media;

	private final People people;

	ReporterPortraits(MediaLibrary media, People people) {
		this.media = media;
		this.people = people;
	}

	/** What happened: the stored photo's address, or the problem in Korean. */
	record Outcome(String storedUrl, String problem) {
	}

	Outcome replace(long userId, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return new Outcome(null, "올릴 사진 파일을 고르십시오.");
		}
		try {
			StoredMedia stored = media.store(file.getBytes());
			StoredMedia.Rendition thumbnail = stored.renditions().isEmpty() ? null : stored.renditions().get(0);
			people.setPhoto(userId, thumbnail == null ? stored.url() : thumbnail.jpeg(),
					thumbnail == null ? stored.width() : thumbnail.width(),
					thumbnail == null ? stored.height() : thumbnail.height());
			return new Outcome(stored.url(), null);
		}
		catch (UnsupportedMediaException ex) {
			return new Outcome(null, ex.getMessage());
		}
	}

}
