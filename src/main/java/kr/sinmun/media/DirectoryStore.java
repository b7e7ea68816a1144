package kr.sinmun.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The default store: a directory ({@code <data>/media}), shared between nodes by mounting it on each (NFS, for
 * example). Files are written aside and moved into place, so a reader on another node never sees half a file.
 * Readers are served straight from the directory by Spring's resource handling ({@link MediaWebConfiguration}).
 */
class DirectoryStore implements MediaStore {

	private final Path root;

	DirectoryStore(Path root) {
		this.root = root;
	}

	Path root() {
		return root;
	}

	@Override
	public void put(String name, byte[] bytes, String contentType) {
		Path target = resolve(name);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new MediaStoreUnavailableException(ex);
		}
	}

	@Override
	public Optional<StoredObject> get(String name) {
		try {
			Path file = resolve(name);
			return Optional.of(new StoredObject(Files.readAllBytes(file), MediaTypes.of(name)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path resolve(String name) {
		Path file = root.resolve(name).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("media name outside the store: " + name);
		}
		return file;
	}

}
