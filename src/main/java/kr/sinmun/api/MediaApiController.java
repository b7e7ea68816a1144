package kr.sinmun.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import kr.sinmun.media.InvalidPhotoEditException;
import kr.sinmun.media.LibraryPhoto;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.PhotoDetails;
import kr.sinmun.media.StoredMedia;
import kr.sinmun.media.UnsupportedMediaException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photo upload for automation: the same checks as the newsroom's editor (type from the bytes, pixel limit). */
@RestController
@RequestMapping("/api/v1/media")
class MediaApiController {

	private final MediaLibrary media;

	MediaApiController(MediaLibrary media) {
		this.media = media;
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<Uploaded> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String caption, @RequestParam(required = false) String credit,
			@RequestParam(required = false) String altText, @AuthenticationPrincipal ApiTokens.TokenOwner owner)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ApiValidationException("file", "사진 파일을 multipart 'file' 필드로 보내 주십시오.");
		}
		LibraryPhoto stored;
		try {
			// A photo sent for articles is in the newsroom's photo library (사진 보관함) like one from the editor.
			stored = media.upload(file.getBytes(), owner.userId(), new PhotoDetails(caption, credit, altText));
		}
		catch (UnsupportedMediaException ex) {
			throw new ApiValidationException("file", ex.getMessage());
		}
		catch (InvalidPhotoEditException ex) {
			var problem = ex.problems().entrySet().iterator().next();
			throw new ApiValidationException(problem.getKey(), problem.getValue());
		}
		return ResponseEntity.created(URI.create(stored.url()))
			.body(new Uploaded(stored.id(), stored.url(), stored.contentType(), stored.width(), stored.height(),
					stored.src(), stored.renditions()));
	}

	/** A stored photo; a record so every node writes its fields in one order. */
	record Uploaded(long id, String url, String contentType, int width, int height, String src,
			List<StoredMedia.Rendition> renditions) {
	}

}
