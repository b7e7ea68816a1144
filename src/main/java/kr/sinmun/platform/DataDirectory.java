package kr.sinmun.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one directory that holds everything Sinmun keeps on disk: {@code postgres/} (embedded database),
 * {@code index/} (search index) and {@code media/} (uploads and their renditions).
 */
public record DataDirectory(Path root) {

	public DataDirectory {
		root = root.toAbsolutePath().normalize();
	}

	public Path postgres() {
		return ensure(root.resolve("postgres"));
	}

	public Path index() {
		return ensure(root.resolve("index"));
	}

	public Path media() {
		return ensure(root.resolve("media"));
	}

	private static Path ensure(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("데이터 디렉터리를 만들 수 없습니다: " + dir, ex);
		}
	}

}
