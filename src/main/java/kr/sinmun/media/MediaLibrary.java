package kr.sinmun.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Service;

/**
 * Stores images in the {@link MediaStore} under {@code yyyy/MM/}. The type is decided from the bytes, never from a file
 * name, and the pixel count is read from the header before anything is decoded, so a decompression bomb is
 * refused without being expanded.
 */
@Service
public class MediaLibrary {

	static final long MAX_PIXELS = 50_000_000L;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

	private final MediaStore store;

	private final MediaRepository repository;

	private final Clock clock;

	private final DecodeBudget decodes;

	MediaLibrary(MediaStore store, MediaRepository repository, Clock clock, DecodeBudget decodes) {
		this.store = store;
		this.repository = repository;
		this.clock = clock;
		this.decodes = decodes;
	}

	/**
	 * Stores an upload and its renditions (none for GIFs, which would lose their animation).
	 * @throws UnsupportedMediaException when the bytes are not a JPEG, PNG, WebP or GIF image, are damaged, or
	 * hold more than 50 megapixels
	 * @throws MediaStoreUnavailableException when the store could not keep it
	 * @throws MediaBusyException when other uploads hold the memory for decoding longer than the configured wait
	 */
	public StoredMedia store(byte[] bytes) {
		ImageFacts facts = inspect(bytes);
		String base = MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
		String name = base + "." + facts.extension();
		// What is stored and served as the original is the upright, metadata-free copy, never the upload itself.
		byte[] original = bytes;
		int width = facts.width();
		int height = facts.height();
		List<Renditions.Encoded> copies;
		try {
			if (facts.extension().equals("gif")) {
				copies = List.of();
			}
			else {
				// Two turns at the decode budget: the full-size upright copy (none when there is nothing to remove),
				// then the subsampled renditions.
				UprightCopy.Clean clean = UprightCopy.nothingToRemove(bytes, facts.extension())
						? new UprightCopy.Clean(bytes, facts.width(), facts.height())
						: decodes.decode((long) facts.width() * facts.height(),
								() -> UprightCopy.of(bytes, facts.extension()));
				original = clean.bytes();
				width = clean.width();
				height = clean.height();
				copies = decodes.decode(Renditions.decodedPixels(clean.width(), clean.height()),
						() -> Renditions.of(clean.bytes(), clean.width(), clean.height()));
			}
		}
		catch (MediaBusyException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// CASE: the header was readable but the pixels are not (a truncated or corrupt file).
			throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
		}
		List<StoredMedia.Rendition> renditions = new ArrayList<>();
		store.put(name, original, facts.contentType());
		for (Renditions.Encoded copy : copies) {
			String stem = base + "-" + copy.width();
			store.put(stem + ".jpg", copy.jpeg(), "image/jpeg");
			store.put(stem + ".webp", copy.webp(), "image/webp");
			renditions.add(new StoredMedia.Rendition(copy.width(), copy.height(), "/media/" + stem + ".jpg",
					"/media/" + stem + ".webp"));
		}
		long id = repository.insert(name, facts.contentType(), width, height, original.length,
				renditions.stream().map(StoredMedia.Rendition::width).toArray(Integer[]::new));
		return new StoredMedia(id, "/media/" + name, facts.contentType(), width, height, renditions);
	}

	/** An image checked as an upload is and kept by its caller as it came: its type and size, from its bytes. */
	public record VerifiedImage(String contentType, String extension, int width, int height) {
	}

	/**
	 * Checks that {@code bytes} are an image exactly as {@link #store} would (type from the bytes, at most 50
	 * megapixels, every pixel decodable within the decode budget) without storing anything, for uploads that must
	 * never become public (기사제보 attachments).
	 * @throws UnsupportedMediaException when they are not a JPEG, PNG, WebP or GIF image, are damaged or too large
	 * @throws MediaBusyException when other uploads hold the memory for decoding longer than the configured wait
	 */
	public VerifiedImage verify(byte[] bytes) {
		ImageFacts facts = inspect(bytes);
		try {
			java.awt.image.BufferedImage decoded = decodes.decode((long) facts.width() * facts.height(),
					() -> ImageIO.read(new ByteArrayInputStream(bytes)));
			if (decoded == null) {
				throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
			}
		}
		catch (MediaBusyException | UnsupportedMediaException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
		}
		return new VerifiedImage(facts.contentType(), facts.extension(), facts.width(), facts.height());
	}

	/** A stored upload with its renditions, by id. */
	public java.util.Optional<StoredMedia> find(long id) {
		return repository.find(id).map(row -> {
			String base = row.storedName().substring(0, row.storedName().lastIndexOf('.'));
			List<StoredMedia.Rendition> renditions = row.renditionWidths()
				.stream()
				.map(width -> new StoredMedia.Rendition(width, Math.max(1, Math.round((float) row.height() * width / row.width())),
						"/media/" + base + "-" + width + ".jpg", "/media/" + base + "-" + width + ".webp"))
				.toList();
			return new StoredMedia(row.id(), "/media/" + row.storedName(), row.contentType(), row.width(), row.height(),
					renditions);
		});
	}

	static ImageFacts inspect(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new UnsupportedMediaException("이미지 파일이 아닙니다. JPEG, PNG, WebP, GIF 파일을 올려 주십시오.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new UnsupportedMediaException("이미지가 너무 큽니다(5천만 화소 초과).");
				}
				return switch (format) {
					case "jpeg", "jpg" -> new ImageFacts("image/jpeg", "jpg", width, height);
					case "png" -> new ImageFacts("image/png", "png", width, height);
					case "gif" -> new ImageFacts("image/gif", "gif", width, height);
					case "webp" -> new ImageFacts("image/webp", "webp", width, height);
					default -> throw new UnsupportedMediaException("지원하지 않는 이미지 형식입니다: " + format);
				};
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
		}
	}

	record ImageFacts(String contentType, String extension, int width, int height) {
	}

}
