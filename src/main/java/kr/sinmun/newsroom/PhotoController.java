package kr.sinmun.newsroom;

import java.io.IOException;
import java.util.Map;

import kr.sinmun.media.MediaBusyException;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.MediaStoreUnavailableException;
import kr.sinmun.media.StoredMedia;
import kr.sinmun.media.UnsupportedMediaException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photo upload from the editor: the type is read from the bytes by the media library, never from the name. */
@RestController
class PhotoController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PhotoController.class);

	private final MediaLibrary media;

	PhotoController(MediaLibrary media) {
		this.media = media;
	}

	@PostMapping(path = "/newsroom/media", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> upload(Staff staff, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("message", "올릴 사진 파일을 고르십시오."));
		}
		try {
			StoredMedia stored = media.store(file.getBytes());
			// The editor puts the large rendition in the article, never a multi-megabyte original.
			return ResponseEntity.ok(Map.of("id", stored.id(), "url", stored.url(), "src", stored.src(), "width",
					stored.srcWidth(), "height", stored.srcHeight(), "renditions", stored.renditions()));
		}
		catch (UnsupportedMediaException ex) {
			return ResponseEntity.badRequest().body(Map.of("message", ex.getMessage()));
		}
		catch (MediaBusyException ex) {
			return ResponseEntity.status(503)
				.header(HttpHeaders.RETRY_AFTER, ex.retryAfterSeconds())
				.body(Map.of("message", ex.getMessage()));
		}
		catch (MediaStoreUnavailableException ex) {
			log.warn("사진 저장 실패: {}", String.valueOf(ex.getCause()));
			return ResponseEntity.status(503).body(Map.of("message", ex.getMessage()));
		}
	}

}
