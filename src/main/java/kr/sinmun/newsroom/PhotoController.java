package kr.sinmun.newsroom;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.sinmun.media.InvalidPhotoEditException;
import kr.sinmun.media.LibraryPhoto;
import kr.sinmun.media.MediaBusyException;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.MediaStoreUnavailableException;
import kr.sinmun.media.PhotoDetails;
import kr.sinmun.media.UnsupportedMediaException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photo upload from the editor and the photo library, one file per request so that each gets its own answer:
 * the type is read from the bytes by the media library, never from the name.
 */
@RestController
class PhotoController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PhotoController.class);

	private final MediaLibrary media;

	PhotoController(MediaLibrary media) {
		this.media = media;
	}

	@PostMapping(path = "/newsroom/media", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> upload(Staff staff, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String caption, @RequestParam(required = false) String credit,
			@RequestParam(required = false) String alt) throws IOException {
		if (file == null || file.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("message", "올릴 사진 파일을 고르십시오."));
		}
		try {
			// Every photo uploaded for articles goes to the library (사진 보관함), with who uploaded it.
			LibraryPhoto stored = media.upload(file.getBytes(), staff.id(), new PhotoDetails(caption, credit, alt));
			// The editor puts the large rendition in the article, never a multi-megabyte original.
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("id", stored.id());
			answer.put("url", stored.url());
			answer.put("src", stored.src());
			answer.put("width", stored.srcWidth());
			answer.put("height", stored.srcHeight());
			answer.put("renditions", stored.renditions());
			answer.put("caption", stored.details().caption());
			answer.put("credit", stored.details().credit());
			answer.put("alt", stored.details().altText());
			answer.put("page", "/newsroom/photos/" + stored.id());
			return ResponseEntity.ok(answer);
		}
		catch (InvalidPhotoEditException ex) {
			return ResponseEntity.badRequest().body(Map.of("message", ex.getMessage()));
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
