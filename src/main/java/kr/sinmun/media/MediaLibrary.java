package kr.sinmun.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
	 * Stores an upload and its renditions (none for GIFs, which would lose their animation), outside the photo
	 * library: a banner image or a reporter's portrait.
	 * @throws UnsupportedMediaException when the bytes are not a JPEG, PNG, WebP or GIF image, are damaged, or
	 * hold more than 50 megapixels
	 * @throws MediaStoreUnavailableException when the store could not keep it
	 * @throws MediaBusyException when other uploads hold the memory for decoding longer than the configured wait
	 */
	public StoredMedia store(byte[] bytes) {
		Saved saved = save(bytes, false, null, PhotoDetails.none());
		return new StoredMedia(saved.id(), "/media/" + saved.name(), saved.contentType(), saved.width(), saved.height(),
				saved.renditions());
	}

	/**
	 * Stores a news photo in the library (사진 보관함), with who uploaded it and what the newsroom wrote about it,
	 * so any article can use it again. The same checks and copies as {@link #store}.
	 */
	public LibraryPhoto upload(byte[] bytes, long uploaderId, PhotoDetails details) {
		Map<String, String> problems = detailProblems(details);
		if (!problems.isEmpty()) {
			throw new InvalidPhotoEditException(problems);
		}
		long id = save(bytes, true, uploaderId, details).id();
		return photo(id).orElseThrow(() -> new PhotoNotFoundException(id));
	}

	private record Saved(long id, String name, String contentType, int width, int height,
			List<StoredMedia.Rendition> renditions) {
	}

	private Saved save(byte[] bytes, boolean library, Long uploaderId, PhotoDetails details) {
		ImageFacts facts = inspect(bytes);
		String base = MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
		String name = base + "." + facts.extension();
		// What is stored and served as the original is the upright, metadata-free copy, never the upload itself.
		byte[] original = bytes;
		int width = facts.width();
		int height = facts.height();
		Renditions.Made made;
		try {
			if (facts.extension().equals("gif")) {
				original = GifMetadata.strip(bytes);
				made = new Renditions.Made(List.of(), null);
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
				Renditions.Frame frame = Renditions.Frame.whole(width, height);
				made = decodes.decode(Renditions.decodedPixels(frame), () -> Renditions.of(clean.bytes(), frame));
			}
		}
		catch (MediaBusyException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// CASE: the header was readable but the pixels are not (a truncated or corrupt file).
			throw new UnsupportedMediaException("이미지 파일이 손상되었습니다.");
		}
		store.put(name, original, facts.contentType());
		Integer[] widths = put(base, made);
		long id = repository.insert(name, facts.contentType(), width, height, original.length, widths,
				made.card() != null, library, uploaderId, details);
		List<StoredMedia.Rendition> renditions = made.copies()
			.stream()
			.map(copy -> new StoredMedia.Rendition(copy.width(), copy.height(), "/media/" + base + "-" + copy.width() + ".jpg",
					"/media/" + base + "-" + copy.width() + ".webp"))
			.toList();
		return new Saved(id, name, facts.contentType(), width, height, renditions);
	}

	// Writes one edition's copies; the widths are what the row keeps to name them again.
	private Integer[] put(String stem, Renditions.Made made) {
		for (Renditions.Encoded copy : made.copies()) {
			store.put(stem + "-" + copy.width() + ".jpg", copy.jpeg(), "image/jpeg");
			store.put(stem + "-" + copy.width() + ".webp", copy.webp(), "image/webp");
		}
		if (made.card() != null) {
			store.put(stem + "-card.jpg", made.card().jpeg(), "image/jpeg");
			store.put(stem + "-card.webp", made.card().webp(), "image/webp");
		}
		return made.copies().stream().map(Renditions.Encoded::width).toArray(Integer[]::new);
	}

	/** A stored upload with its renditions (of the current crop), by id. */
	public Optional<StoredMedia> find(long id) {
		return repository.find(id).map(MediaLibrary::stored);
	}

	/** A photo of the library, by id; empty for an unknown id and for media outside the library. */
	public Optional<LibraryPhoto> photo(long id) {
		return repository.find(id).filter(MediaRepository.Row::inLibrary).map(MediaLibrary::photo);
	}

	/** One page of the library, newest first: two queries whatever the page holds. */
	public PhotoPage photos(PhotoQuery query) {
		List<LibraryPhoto> photos = repository.search(query).stream().map(MediaLibrary::photo).toList();
		long total = photos.size() < query.pageSize() && (query.page() == 1 || !photos.isEmpty())
				? (long) (query.page() - 1) * query.pageSize() + photos.size() : repository.count(query);
		return new PhotoPage(photos, total, query.page(), query.pageSize());
	}

	/**
	 * Changes a library photo's words, crop and focal point. A new crop or focal point makes the next edition:
	 * new copies cut from the original, at new addresses; the earlier copies stay, so articles that used them
	 * keep showing what they were published with. Who may edit is the caller's check
	 * ({@link LibraryPhoto#mayBeEditedBy}).
	 * @throws PhotoNotFoundException when no library photo has that id
	 * @throws InvalidPhotoEditException when a field is too long or the crop or focal point lies outside the photo
	 * @throws PhotoEditConflictException when another edit of the crop got in first
	 */
	public LibraryPhoto edit(long id, PhotoEdit edit) {
		MediaRepository.Row row = repository.find(id).filter(MediaRepository.Row::inLibrary)
			.orElseThrow(() -> new PhotoNotFoundException(id));
		Map<String, String> problems = detailProblems(edit.details());
		Crop crop = edit.crop() != null && edit.crop().equals(new Crop(0, 0, row.width(), row.height())) ? null : edit.crop();
		boolean frameChanged = !java.util.Objects.equals(crop, row.crop())
				|| Math.abs(edit.focalX() - row.focalX()) > 1e-4 || Math.abs(edit.focalY() - row.focalY()) > 1e-4;
		if (frameChanged) {
			problems.putAll(frameProblems(row, crop, edit.focalX(), edit.focalY()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPhotoEditException(problems);
		}
		repository.updateDetails(id, edit.details());
		if (frameChanged) {
			Crop frame = crop != null ? crop : new Crop(0, 0, row.width(), row.height());
			Renditions.Frame region = new Renditions.Frame(row.width(), row.height(), frame.x(), frame.y(), frame.width(),
					frame.height(), edit.focalX(), edit.focalY());
			byte[] original = store.get(row.storedName())
				.orElseThrow(() -> new MediaStoreUnavailableException(new IOException("original missing: " + id)))
				.bytes();
			Renditions.Made made;
			try {
				made = decodes.decode(Renditions.decodedPixels(region), () -> Renditions.of(original, region));
			}
			catch (MediaBusyException ex) {
				throw ex;
			}
			catch (IOException | RuntimeException ex) {
				throw new UnsupportedMediaException("원본 사진을 읽지 못해 새로 자르지 못했습니다.");
			}
			int edition = row.edition() + 1;
			Integer[] widths = put(stem(base(row.storedName()), edition), made);
			if (!repository.updateFrame(id, crop, edit.focalX(), edit.focalY(), edition, widths, made.card() != null)) {
				throw new PhotoEditConflictException();
			}
		}
		return photo(id).orElseThrow(() -> new PhotoNotFoundException(id));
	}

	private static Map<String, String> detailProblems(PhotoDetails details) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (details.caption().length() > PhotoDetails.CAPTION_MAX) {
			problems.put("caption", "캡션은 " + PhotoDetails.CAPTION_MAX + "자까지 쓸 수 있습니다.");
		}
		if (details.credit().length() > PhotoDetails.CREDIT_MAX) {
			problems.put("credit", "출처는 " + PhotoDetails.CREDIT_MAX + "자까지 쓸 수 있습니다.");
		}
		if (details.altText().length() > PhotoDetails.ALT_MAX) {
			problems.put("altText", "대체 텍스트는 " + PhotoDetails.ALT_MAX + "자까지 쓸 수 있습니다.");
		}
		return problems;
	}

	private static Map<String, String> frameProblems(MediaRepository.Row row, Crop crop, double focalX, double focalY) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (row.contentType().equals("image/gif")) {
			problems.put("crop", "움직이는 GIF는 자르거나 초점을 정할 수 없습니다. 올린 그대로 씁니다.");
			return problems;
		}
		if (crop != null && (crop.x() < 0 || crop.y() < 0 || crop.width() < MIN_CROP || crop.height() < MIN_CROP
				|| (long) crop.x() + crop.width() > row.width() || (long) crop.y() + crop.height() > row.height())) {
			problems.put("crop", "자를 영역은 사진 안(가로 " + row.width() + ", 세로 " + row.height() + "픽셀)에 두고, 가로·세로 "
					+ MIN_CROP + "픽셀 이상으로 정하십시오.");
			return problems;
		}
		if (!(focalX >= 0 && focalX <= 1 && focalY >= 0 && focalY <= 1)) {
			problems.put("focal", "초점은 0%에서 100% 사이로 정하십시오.");
			return problems;
		}
		Crop frame = crop != null ? crop : new Crop(0, 0, row.width(), row.height());
		double x = focalX * row.width();
		double y = focalY * row.height();
		if (x < frame.x() || x > frame.x() + frame.width() || y < frame.y() || y > frame.y() + frame.height()) {
			problems.put("focal", "초점은 자른 영역 안에 두십시오.");
		}
		return problems;
	}

	/** Crops smaller than this would make copies too small to show anywhere. */
	static final int MIN_CROP = 32;

	private static String base(String storedName) {
		return storedName.substring(0, storedName.lastIndexOf('.'));
	}

	// Edition 0 keeps the names copies had before crops existed; later editions get their own.
	private static String stem(String base, int edition) {
		return edition == 0 ? base : base + "-v" + edition;
	}

	private static List<StoredMedia.Rendition> renditions(MediaRepository.Row row) {
		String stem = stem(base(row.storedName()), row.edition());
		Crop frame = row.crop() != null ? row.crop() : new Crop(0, 0, row.width(), row.height());
		return row.renditionWidths()
			.stream()
			.map(width -> new StoredMedia.Rendition(width, Math.max(1, Math.round((float) frame.height() * width / frame.width())),
					"/media/" + stem + "-" + width + ".jpg", "/media/" + stem + "-" + width + ".webp"))
			.toList();
	}

	private static StoredMedia stored(MediaRepository.Row row) {
		return new StoredMedia(row.id(), "/media/" + row.storedName(), row.contentType(), row.width(), row.height(),
				renditions(row));
	}

	private static LibraryPhoto photo(MediaRepository.Row row) {
		StoredMedia.Rendition card = null;
		if (row.hasCard()) {
			String stem = stem(base(row.storedName()), row.edition());
			Crop frame = row.crop() != null ? row.crop() : new Crop(0, 0, row.width(), row.height());
			card = new StoredMedia.Rendition(cardWidth(frame), Math.max(1, Math.round(cardWidth(frame) * 2f / 3f)),
					"/media/" + stem + "-card.jpg", "/media/" + stem + "-card.webp");
		}
		return new LibraryPhoto(row.id(), row.uploadedBy(), row.createdAt(), row.details(), row.contentType(),
				row.width(), row.height(), row.crop(), row.focalX(), row.focalY(), row.edition(),
				"/media/" + row.storedName(), renditions(row), card);
	}

	private static int cardWidth(Crop frame) {
		return Renditions.cardWidth(frame.width(), frame.height());
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
					() -> StrictImageReader.read(bytes, reader -> reader.read(0)));
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
