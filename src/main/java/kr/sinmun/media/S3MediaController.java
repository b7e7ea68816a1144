package kr.sinmun.media;

import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images kept in an object store at the same {@code /media/...} addresses a directory store has, so
 * stored articles never change when the store does. The hottest images (a breaking story's photo) are kept
 * in memory, bounded by bytes, so a burst of readers does not become a burst of S3 requests.
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "sinmun.media.store", havingValue = "s3")
class S3MediaController {

	// What the library writes: yyyy/MM/<uuid>[-width].<extension>. Anything else is not ours to fetch.
	private static final Pattern NAME = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}(-v\\d{1,6})?(-\\d{1,5}|-card)?\\.(jpg|png|gif|webp)");

	private final MediaStore store;

	private final Cache<String, MediaStore.StoredObject> hot = Caffeine.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.weigher((String name, MediaStore.StoredObject object) -> object.bytes().length + 100)
		.build();

	S3MediaController(MediaStore store) {
		this.store = store;
	}

	@GetMapping("/media/**")
	ResponseEntity<byte[]> media(HttpServletRequest request) {
		String name = request.getRequestURI().substring("/media/".length());
		if (!NAME.matcher(name).matches()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		MediaStore.StoredObject object = hot.getIfPresent(name);
		if (object == null) {
			try {
				object = store.get(name).orElse(null);
			}
			catch (java.io.UncheckedIOException ex) {
				// CASE: the store is unreachable or refuses us: say so, and let the browser try again later.
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
					.body("이미지 저장소에 연결할 수 없습니다. 잠시 후 다시 시도해 주십시오.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			if (object == null) {
				return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
			}
			hot.put(name, object);
		}
		return ResponseEntity.ok()
			.cacheControl(MediaWebConfiguration.FOREVER)
			.contentType(MediaType.parseMediaType(object.contentType()))
			.body(object.bytes());
	}

}
