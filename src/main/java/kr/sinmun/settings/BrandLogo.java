package kr.sinmun.settings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The paper's logo as uploaded in 설정, its dark-background variant, and the pictures drawn from the logo at
 * upload: a PNG copy (structured data, feeds), the link-preview image (1200 × 630) and the tab and home-screen
 * icons. All of it is held in memory, so no page costs a query; each file's address carries its hash and never
 * changes. A change is announced as {@link SiteSettingsChanged}, which every node answers by re-reading these
 * (through {@link SiteSettings}) and dropping every page.
 */
@Service
public class BrandLogo {

	/** The logo for light grounds (masthead) or for dark ones (footer). */
	public enum Variant {

		LIGHT("logo", "로고"), DARK("logo-dark", "어두운 바탕용 로고");

		private final String fileName;

		private final String label;

		Variant(String fileName, String label) {
			this.fileName = fileName;
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The sizes of the square icons drawn from the logo: tab, iOS home screen, Android home screen. */
	public static final List<Integer> ICON_SIZES = List.of(32, 180, 192);

	private static final String PNG_COPY = "logo-png";

	private static final String PREVIEW = "og";

	/** A stored file: a logo as uploaded (cleaned) or a picture drawn from it. */
	public record BrandFile(String name, String mediaType, byte[] body, String hash, int width, int height) {

		/** The file's address, which never serves other bytes. */
		public String url() {
			return "/brand/file/" + name + "-" + hash + (mediaType.equals("image/svg+xml") ? ".svg" : ".png");
		}

	}

	private final BrandFileRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile Map<String, BrandFile> files = Map.of();

	BrandLogo(BrandFileRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** The logo of {@code variant}, when one was uploaded. */
	public Optional<BrandFile> logo(Variant variant) {
		return Optional.ofNullable(files.get(variant.fileName));
	}

	/** The logo as PNG (the upload itself when it was one), for structured data and feeds. */
	public Optional<BrandFile> png() {
		return Optional.ofNullable(files.get(PNG_COPY));
	}

	/** The 1200 × 630 link-preview picture: the logo centred on white. */
	public Optional<BrandFile> preview() {
		return Optional.ofNullable(files.get(PREVIEW));
	}

	/** The square icon of {@code size} pixels drawn from the logo. */
	public Optional<BrandFile> icon(int size) {
		return Optional.ofNullable(files.get("icon-" + size));
	}

	/** The file a {@link BrandFile#url()} names, while it is current. */
	public Optional<BrandFile> file(String name, String hash) {
		return Optional.ofNullable(files.get(name)).filter(file -> file.hash().equals(hash));
	}

	/**
	 * Checks, cleans and stores a logo, with the pictures drawn from it for the light variant.
	 * @throws InvalidLogoException when the file is not a PNG or SVG that can be the logo
	 */
	@Transactional
	public BrandFile upload(Variant variant, byte[] bytes) {
		LogoImages.Checked logo = LogoImages.check(bytes);
		BrandFile stored = file(variant.fileName, logo.mediaType(), logo.body(), logo.width(), logo.height());
		repository.put(stored, clock.instant());
		if (variant == Variant.LIGHT) {
			double scale = Math.min(240.0 / logo.height(), 1200.0 / logo.width());
			BrandFile png = logo.svg()
					? file(PNG_COPY, "image/png", LogoImages.rendition(logo, 240, 1200),
							Math.max(1, (int) Math.round(logo.width() * scale)), Math.max(1, (int) Math.round(logo.height() * scale)))
					: file(PNG_COPY, "image/png", logo.body(), logo.width(), logo.height());
			repository.put(png, clock.instant());
			repository.put(file(PREVIEW, "image/png", LogoImages.framed(logo, 1200, 630, 0.15), 1200, 630), clock.instant());
			for (int size : ICON_SIZES) {
				repository.put(file("icon-" + size, "image/png", LogoImages.framed(logo, size, size, 0.08), size, size),
						clock.instant());
			}
		}
		changed();
		return stored;
	}

	/** Removes the logo of {@code variant}; pages fall back to the paper's name and the generated icons. */
	@Transactional
	public void remove(Variant variant) {
		List<String> names = variant == Variant.LIGHT
				? java.util.stream.Stream.concat(java.util.stream.Stream.of(variant.fileName, PNG_COPY, PREVIEW),
						ICON_SIZES.stream().map(size -> "icon-" + size)).toList()
				: List.of(variant.fileName);
		repository.delete(names);
		changed();
	}

	private void changed() {
		reload();
		events.publishEvent(new SiteSettingsChanged());
	}

	void reload() {
		Map<String, BrandFile> loaded = new HashMap<>();
		repository.all().forEach(file -> loaded.put(file.name(), file));
		files = Map.copyOf(loaded);
	}

	/** Whether the stored files differ from those held; re-reads them when they do. */
	boolean reloadIfChanged() {
		Map<String, String> stored = repository.hashes();
		Map<String, String> held = new HashMap<>();
		files.forEach((name, file) -> held.put(name, file.hash()));
		if (stored.equals(held)) {
			return false;
		}
		reload();
		return true;
	}

	private static BrandFile file(String name, String mediaType, byte[] body, int width, int height) {
		return new BrandFile(name, mediaType, body, hash(body), width, height);
	}

	private static String hash(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
